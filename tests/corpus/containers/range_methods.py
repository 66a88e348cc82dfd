r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), len(r), r[2], r[-1])
try:
    r.index(10)
except ValueError:
    print("ValueError")
print(list(r.__reversed__()), list(range(5, 0, -2).__reversed__()), list(range(0).__reversed__()))
print(list(range(10, -10, -7).__reversed__()), list(range(-3, 4).__reversed__()))
print(r.start, r.stop, r.step, range(5) == range(0, 5, 1), range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 3))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big.index(12345), list(range(10 ** 18, 10 ** 18 - 3, -1).__reversed__()))
print(list(range(5)[::-1]), list(range(10)[2:8:2]), range(10)[3:], list(range(1, 10, 2)[::-2]))
