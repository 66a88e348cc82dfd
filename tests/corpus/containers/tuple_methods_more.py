t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(4), t.index(3), t.index(1, 1), t.index(2, -2))
try:
    t.index(9)
except ValueError:
    print("ValueError")
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(len(t), 3 in t, 9 in t, t[1:3], t[::-1], t * 2, t + (0,))
class P(tuple):
    def total(self):
        n = 0
        for x in self:
            n += x
        return n
p = P((1, 2, 3))
print(p.total(), len(p), p[0], p.count(2), p.index(3), isinstance(p, tuple))
print(((1, 2), (3,)).index((3,)), (None, 0, False).count(0))
