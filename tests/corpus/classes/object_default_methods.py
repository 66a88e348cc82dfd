class P:
    pass
p = P()
print(str(p) == repr(p), p == p, p != P(), bool(p))
print(type(p).__name__, p.__class__ is P, P.__name__)
o = object()
print(isinstance(o, object), type(o).__name__)
try:
    o.x = 1
except AttributeError:
    print("AttributeError on object()")
print(hash(p) == hash(p))
