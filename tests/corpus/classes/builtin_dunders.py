class A(int):
    def __add__(self, o): return A(super().__add__(o) * 10)
print(A(1) + 2, type(A(1) + 2).__name__)
class L(list):
    def __getitem__(self, i): return super().__getitem__(i) * 2
    def __len__(self): return super().__len__() + 100
print(L([1, 2])[1], len(L([1])))
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(); d["a"] = 1; print(d)
class S(str):
    def __eq__(self, o): return super().__eq__(o.lower())
    __hash__ = str.__hash__
print(S("ab") == "AB", hash(S("ab")) == hash("ab"))
print(int.__add__(1, 2), str.__len__("abc"), list.__len__([1]), (1).__eq__(1), "a".__contains__("a"))
print((5).__neg__() if hasattr(5, "__neg__") else -5, abs(-3), (3).__mul__(4))
