# zip over generators advanced by the VM's ForIter: order of pulls, unequal lengths, partial consumption,
# errors while gathering a tuple, and zip under consumers.
def gen(n, tag=""):
    for i in range(n):
        if tag:
            print(tag, i)
        yield i


def f():
    out = []
    for a, b in zip(gen(3), "abcde"):
        out.append((a, b))
    for a, b in zip([1, 2, 3, 4], gen(2, "g")):
        out.append((a, b))
    for t in zip(gen(2, "x"), gen(5, "y")):
        out.append(t)
    for t in zip(gen(3), range(10), gen(4)):
        out.append(t)
    for t in zip(gen(0, "never"), gen(3, "unpulled")):
        out.append(t)
    z = zip(gen(5), gen(5))
    for t in z:
        if t[0] == 1:
            break
    out.append(list(z))
    out.append(dict(zip("ab", gen(9))))
    out.append(sum(a * b for a, b in zip(gen(4), gen(4))))
    out.append(list(zip(gen(2))))
    return out


print(f())


def bad():
    yield 1
    raise OSError(7)


try:
    for t in zip([1, 2], bad()):
        print(t)
except OSError as e:
    print("OSError", e)
try:
    print(list(zip(gen(3), gen(2), strict=True)))
except ValueError as e:
    print("ValueError:", e)
