class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, K) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, K(3) in d, len({K(1), K(1), K(2)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError:
    print("TypeError unhashable")
class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a), len({a, a}))
