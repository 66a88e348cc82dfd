n = 2024
print(bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}")
print(int(bin(n), 2), int(oct(n), 8), int(hex(n), 16), int(hex(n), 0))
print(hex(-n), bin(-1), oct(-8))
