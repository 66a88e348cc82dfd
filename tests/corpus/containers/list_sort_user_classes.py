class V:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.calls += 1
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v

vs = [V(3), V(1), V(2), V(1)]
vs.sort()
print(vs, V.calls > 0)
vs.sort(reverse=True)
print(vs)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v

g = [OnlyGt(2), OnlyGt(1), OnlyGt(3)]
g.sort()
print([x.v for x in g])

class Boom:
    def __lt__(self, other):
        raise RuntimeError("boom")

b = [Boom(), Boom()]
try:
    b.sort()
except RuntimeError as e:
    print("RuntimeError", e.args)

def bad_key(x):
    if x == 3:
        raise ValueError("key")
    return x

l = [1, 3, 2]
try:
    l.sort(key=bad_key)
except ValueError:
    print("ValueError", len(l))

