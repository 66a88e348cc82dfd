for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1):
    bb = n.to_bytes(4, "big")
    bl = n.to_bytes(4, "little")
    print(n, bb, bl, int.from_bytes(bb, "big") == n, int.from_bytes(bl, "little") == n)
