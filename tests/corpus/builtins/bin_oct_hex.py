for n in (0, 1, -1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(n), oct(n), hex(n))
print(hex(2 ** 64), bin(255)[2:].zfill(12), oct(64)[2:])
try:
    hex(1.5)
except TypeError:
    print("TypeError")
