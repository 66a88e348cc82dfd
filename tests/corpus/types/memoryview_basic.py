b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m[-1])
m[0] = 65
print(b)
m2 = m[2:4]
m2[0] = 67
print(b, len(m2))
print(bytes(memoryview(b"xyz")), list(memoryview(b"\x01\x02")))
try:
    memoryview(b"ro")[0] = 1
except TypeError:
    print("TypeError read-only")
mv = memoryview(b)
mv[1:3] = b"__"
print(b)
