class Base:
    def __init__(self, a):
        self.a = a
        self.setup()
    def setup(self):
        self.kind = "base"
class Child(Base):
    def setup(self):
        self.kind = "child"
class NoInit(Base):
    pass
print(Base(1).kind, Child(2).kind, NoInit(3).a)
class Skip(Base):
    def __init__(self):
        self.a = "skipped"
s = Skip()
print(s.a, hasattr(s, "kind"))
