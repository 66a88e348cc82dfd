def greet(self):
    return "hi " + self.name
Base = type("Base", (), {"kind": "base"})
P = type("P", (Base,), {"name": "p", "greet": greet})
p = P()
print(P.__name__, p.greet(), p.kind, isinstance(p, Base))
print([c.__name__ for c in P.__mro__])
print(type(p) is P, type(P) is type)
E = type("E", (ValueError,), {})
try:
    raise E("x")
except ValueError as e:
    print(type(e).__name__, e.args)
