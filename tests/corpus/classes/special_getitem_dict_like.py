class Config:
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __contains__(self, k):
        return k in self._d
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
c = Config(b=2, a=1)
c["c"] = 3
print(c["a"], "b" in c, "z" in c, list(c), len(c))
try:
    c["missing"]
except KeyError as e:
    print("KeyError", e.args)
