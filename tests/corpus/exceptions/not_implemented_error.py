class Base:
    def area(self):
        raise NotImplementedError
class Sq(Base):
    def area(self):
        return 4
for s in (Base(), Sq()):
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError", isinstance(e, RuntimeError))
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print(type(e).__name__, e.args)
