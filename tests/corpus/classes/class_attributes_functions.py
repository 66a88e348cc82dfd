class C:
    count = 0
    def __init__(self):
        type(self).count += 1
class D(C):
    pass
C(); C(); D()
print(C.count, D.count)
print(C.__name__, D.__name__, D.__bases__ == (C,))
print(getattr(C, "count"), hasattr(C, "__init__"))
setattr(C, "extra", 5)
print(D.extra)
