class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(c["a"], c["b"], c["z"], len(c), "z" in c)

class Default(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        return self.default

dd = Default("?", {"a": 1}, b=2)
print(dd["a"], dd["b"], dd["c"], len(dd), dd.get("c"), list(dd.keys()))
dd.update(c=3)
print(dd["c"], dd.pop("a"), dd.setdefault("q", 9), list(dd.items()))
print(type(Counter.fromkeys("ab", 1)).__name__, Counter.fromkeys("ab", 1))
print(isinstance(dd, dict), dict(dd), dd.copy())
