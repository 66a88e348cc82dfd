# for-loops over lists and tuples read the sequence as it is at each step: items appended during the loop
# are visited, a cleared list ends it; try/except blocks inside such loops unwind correctly.

xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 3:
        xs.append(x + 10)
print(seen, xs)

ys = [1, 2, 3, 4]
out = []
for y in ys:
    out.append(y)
    if y == 2:
        ys.clear()
print(out, ys)

zs = [5, 6, 7]
for i, z in enumerate(zs):
    if i == 0:
        zs[2] = 70
    print(i, z)

t = (1, (2, 3), "x")
for item in t:
    try:
        print(len(item))
    except TypeError:
        print("no len", item)

total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        try:
            total += 10 // (v - 3)
        except ZeroDivisionError:
            total += 100
        finally:
            total += 1
print(total)
it = iter([1, 2])
print(list(it), list(it))
for x in []:
    print("never")
else:
    print("else ran")
