# A str key whose hash an instance key shares: the str fast path must leave the decision to __eq__.
class K:
    def __hash__(self): return hash("a")
    def __eq__(self, other): return other == "a" or isinstance(other, K)
d = {K(): 1}
print(d["a"], "a" in d, d.get("a"))
d["a"] = 2
print(len(d), list(d.values()))
class Never:
    def __hash__(self): return hash("b")
    def __eq__(self, other): return False
e = {Never(): 1}
e["b"] = 2
print(len(e), "b" in e, e["b"])
try:
    e["c"]
except KeyError as err:
    print("KeyError", err)
print(sorted(e.values()))
