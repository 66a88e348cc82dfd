class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a, b = C(1), C(2)
f = a.get
print(f(), C.get(b))
a.get = lambda: "instance attr"
print(a.get(), b.get())
C.get2 = lambda self: self.v * 100
print(a.get2(), b.get2())
funcs = [x.get for x in (C(7), C(8))]
print([g() for g in funcs])
