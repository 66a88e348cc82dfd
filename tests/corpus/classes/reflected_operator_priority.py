# Which method runs first for a op b when b's class is a subclass of a's: b's reflected method only if the
# subclass overrides it; an inherited one waits for a's own method (also for a NotImplemented fallback).
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"

    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return "Base.rsub"


class Inherits(Base):
    pass


class Overrides(Base):
    def __radd__(self, o):
        return "Overrides.radd"


print(Base(1) + Inherits(2), Base(1) + Overrides(2), Inherits(1) + Base(2), Overrides(1) + Overrides(2))
print(Base(1) - Inherits(2), Base(1) - Overrides(2), 5 + Base(1), Base(1) + 5)
total = Base(0)
for i in range(3):
    total = total + Inherits(i) if not isinstance(total, str) else total
print(total)
