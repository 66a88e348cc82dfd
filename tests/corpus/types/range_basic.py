r = range(10)
print(len(r), r[0], r[-1], r[2:5], list(r[::3]), 5 in r, 10 in r, r.index(3), r.count(3))
print(list(range(3, 8)), list(range(0, 20, 5)), list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(10, -10, -3)
print(list(r), len(r), r[1], r[-2], -8 in r, -9 in r)
print(list(range(0, 10, 3)[::-1]), list(range(1, 10)[1:-1:2]))
print(range(0) == range(0), range(3) == range(0, 3), range(1, 4).start, range(1, 4).stop, range(1, 4, 2).step)
print(range(5), range(1, 5), range(1, 5, 2))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    range(3)[5]
except IndexError:
    print("IndexError")
try:
    range(3).index(7)
except ValueError:
    print("ValueError index")
print(len(range(2 ** 40)), range(2 ** 40)[-1], sum(range(101)))
print(bool(range(0)), bool(range(1)), reversed(range(3)) is not None, list(reversed(range(3))))
