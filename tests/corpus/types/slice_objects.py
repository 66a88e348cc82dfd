s = slice(1, 8, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(None, None).step)
l = list(range(10))
print(l[s], "abcdefghij"[s], l[slice(None, None, -1)], l[slice(-3, None)], l[slice(2)])
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
r = p[1:2]
print(type(r).__name__, r.start, r.stop, r.step)
r = p[::3]
print(r.start, r.stop, r.step)
r = p[1:2, 3]
print(type(r).__name__, r[0].start, r[1])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
