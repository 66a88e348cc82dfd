t = 1, 2, 3
print(t, type(t).__name__)
def swap3(a, b, c):
    return c, a, b
print(swap3(*t))
x, (y, z) = 1, (2, 3)
print(x, y, z)
single = (5,)
(v,) = single
print(v)
empty = ()
print(len(empty), empty == tuple())
