l = [0, 1, 2, 1, 0, 1]
print(l.index(1), l.index(1, 2), l.index(1, 4), l.index(1, -2), l.index(0, -3, -1))
print(l.index(1, -100), l.index(2, 0, 100))
for args in [(1, 6), (0, 1, 4), (2, 3), (1, -1, -1)]:
    try:
        print(l.index(*args))
    except ValueError:
        print("ValueError", args)
t = (5, 6, 5, 6)
print(t.index(6), t.index(5, 1), t.count(5), t.count(7), t.index(6, -1))
print([1.0, 2].index(1), [True].count(1), [[1], [1]].count([1]))
