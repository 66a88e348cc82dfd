for n in (0, 1, -1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
