ba = bytearray(b"0123456789")
m = memoryview(ba)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3])
sub = m[2:8]
print(len(sub), bytes(sub), sub[0], sub[-1], sub.tobytes())
subsub = sub[1:3]
print(bytes(subsub), len(subsub))
subsub[0] = 65
sub[-1] = 66
print(ba)
m[0:3] = b"xyz"
print(ba, bytes(m[:3]), bytes(m[7:]), bytes(m[100:]), len(m[5:2]))
ro = memoryview(b"abc")
print(ro[1], bytes(ro), ro.tolist(), list(ro), [x for x in ro[1:]])
try:
    ro[0] = 1
except TypeError:
    print("TypeError")
try:
    m[0] = 256
except ValueError:
    print("ValueError")
try:
    m[0:2] = b"abc"
except ValueError:
    print("ValueError size")
try:
    m[20]
except IndexError:
    print("IndexError")
try:
    memoryview(5)
except TypeError:
    print("TypeError ctor")
print(bytes(memoryview(memoryview(b"hi"))), bytearray(m[:2]), b"-" + bytes(m[:2]))
print(type(m).__name__, len(memoryview(b"")))
v = memoryview(b"abc")
print(v == b"abc", v == bytearray(b"abc"), b"abc" == v, v[1:] == b"bc", v != b"x", v == 5, v == memoryview(b"abc"))
