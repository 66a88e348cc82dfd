class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def describe(cls):
        return "class " + cls.__name__
class WithMeta(metaclass=Meta):
    pass
class Child(WithMeta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__, type(Child).__name__, Child.created_by)
print(WithMeta.describe(), isinstance(WithMeta, Meta), isinstance(WithMeta(), WithMeta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v): self.v = v
print(One(1) is One(2), One(3).v)
T = type("T", (), {"x": 1})
print(T.x, type(T).__name__, T().x)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class Base(metaclass=Reg): pass
class Derived(Base): pass
print(Reg.registry)
