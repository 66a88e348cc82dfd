for n in (0, 5, 255, 4096, -17):
    print(n, int(bin(n), 2) == n, int(oct(n), 8) == n, int(hex(n), 16) == n, int(hex(n), 0))
