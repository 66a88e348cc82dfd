# Dicts move from a scanned small form to a hash table as they grow, and back when cleared;
# lookups, equal keys of different types, deletions and order must be the same in both forms.


class Key:
    """Equal to another Key with the same name; all Keys hash alike (forces == on every probe)."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return "Key(%r)" % self.name


for n in (0, 1, 7, 8, 9, 16, 40):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    assert len(d) == n
    assert all(d["k%d" % i] == i for i in range(n))
    assert "missing" not in d
    for i in range(0, n, 2):
        del d["k%d" % i]
    print(n, len(d), list(d)[:4], sum(d.values()))
    for i in range(0, n, 2):
        d["k%d" % i] = -i
    print(n, list(d.items())[-3:])

d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))

keys = {}
for name in "abcdefghijkl":
    keys[Key(name)] = name.upper()
print(len(keys), keys[Key("a")], keys[Key("l")], Key("z") in keys)
del keys[Key("c")]
print(len(keys), list(keys.values()))

d = dict.fromkeys(range(12))
d.clear()
d["x"] = 1
print(d, d.get("y"))

d = {}
for i in range(20):
    d[i] = i
    del d[i]
print(d, len(d))
d.update(a=1, b=2)
print(d.popitem(), d)


class P:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y


ps = [P(i, -i, swap=i % 3 == 0) for i in range(10)]
print([(p.x, p.y) for p in ps])
print([list(vars(p)) for p in ps[:4]])
q = P(1, 2)
del q.x
q.x = 3
print(vars(q))


class Slotted:
    @property
    def x(self):
        return "property"

    @x.setter
    def x(self, v):
        self.__dict__["_x"] = v


def store(o):
    o.x = 5
    return o


a = store(P(0, 0))
print(vars(a))
Slotted.z = 1
b = store(Slotted())
print(b.x, vars(b))
