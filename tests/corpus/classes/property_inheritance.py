class Base:
    @property
    def name(self):
        return "base"
    @property
    def shout(self):
        return self.name.upper()
class Derived(Base):
    @property
    def name(self):
        return "derived"
print(Base().shout, Derived().shout, Derived().name)
