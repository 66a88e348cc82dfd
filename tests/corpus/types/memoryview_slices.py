data = bytearray(range(8))
mv = memoryview(data)
print(list(mv[2:5]), len(mv[::1]), bytes(mv[-2:]))
mv[0:2] = b"\xff\xfe"
print(list(data[:3]))
print(mv[3], bytes(mv) == bytes(data))
