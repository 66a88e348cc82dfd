# filter in for loops and under consumers: Python and native functions, None, over generators and native
# items, StopIteration from the function, errors; and the consumers of map/filter with Python functions.
def gen(n):
    for i in range(n):
        yield i
def f():
    out = []
    for x in filter(lambda v: v % 3, gen(10)):
        out.append(x)
    for x in filter(None, gen(4)):
        out.append(x)
    for x in filter(lambda v: v > 2, [1, 5, 2, 7]):
        out.append(x)
    for x in filter(str.isdigit, "a1b2"):
        out.append(x)
    for x in filter(None, [0, "", "k", None, 3]):
        out.append(x)
    def stop(v):
        if v == 3:
            raise StopIteration
        return v % 2
    out.append([x for x in filter(stop, gen(9))])
    out.append([x for x in filter(stop, range(9))])
    out.append(list(filter(lambda v: v & 4, range(20))))
    out.append(sum(filter(lambda v: v & 1, gen(10))))
    out.append(sum(map(lambda v: v % 3, range(10))))
    out.append(list(map(lambda v: -v, range(3))))
    out.append(tuple(filter(None, map(lambda v: v % 2, range(5)))))
    out.append("".join(filter(str.isalpha, "a1b2c")))
    out.append(max(filter(lambda v: v < 5, range(10))), )
    out.append(sorted(map(lambda v: -v, range(4))))
    out.append(any(map(lambda v: v > 2, range(4))))
    out.append(all(filter(lambda v: v, range(4))))
    fl = filter(lambda v: v > 1, gen(5))
    out.append(next(fl))
    out.append(list(fl))
    lst = [0]
    lst.extend(map(lambda v: v * 2, range(3)))
    out.append(lst)
    return out
print(f())
try:
    for x in filter(lambda v: 1 / v, [1, 0]):
        print(x)
except ZeroDivisionError:
    print("ZeroDivisionError")
