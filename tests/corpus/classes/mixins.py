class JsonMixin:
    def to_pairs(self):
        return sorted(self.__dict__.items())
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.to_pairs() == other.to_pairs()
class Item(JsonMixin, EqMixin):
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
a = Item("a", 1)
print(a.to_pairs())
print(a == Item("a", 1), a == Item("a", 2), a != Item("a", 1))
