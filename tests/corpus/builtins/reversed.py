print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
