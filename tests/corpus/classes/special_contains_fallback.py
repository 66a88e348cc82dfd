class Iter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iter(), 5 in Iter())
class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(3 in Get(), 9 in Get(), list(Get()))
