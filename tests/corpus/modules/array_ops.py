# array.array: construction, mutation, slicing, buffer protocol and errors (shared with CircuitPython)
import array
import struct

a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.extend(x * 10 for x in range(2))
print(a, len(a), a[0], a[-1], a[1:3], a[::-2], sum(a))
print(3 in a, 99 in a, list(a))
a[0] = 100
a[-1] = -7
print(a)
a[1:3] = array.array("i", [9, 9, 9, 9])
print(a)
a[::2] = array.array("i", [0] * 6)
print(a)
print(a == array.array("i", list(a)), a != array.array("i"), a == list(a))
print(array.array("b", [1, 2]) == array.array("d", [1.0, 2.0]))
print(array.array("B"), repr(array.array("B", b"\x01\x02")), array.array("b", bytearray(b"\xff")))
b = array.array("B", b"\x01\x02")
print(bytes(b), bytearray(b))
print(bytes(array.array("h", [-2, 258])), bytes(array.array("H", [65535])))
print(array.array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"))
print(array.array("Q", [2**64 - 1]), array.array("q", [-(2**63)]), array.array("I", [2**32 - 1]))
print(array.array("f", [0.5, 1.5, 0.1]), array.array("d", [0.1, 2]), array.array("f", [True]))
c = array.array("h", [1]) + array.array("h", [2, 3])
print(c, type(c).__name__)
c += array.array("h", [4])
print(c)
for x in array.array("H", [65535, 0]):
    print(x)
print(bool(array.array("i")), bool(array.array("i", [0])))
print(struct.unpack("<hh", array.array("h", [5, -5])))
print(array.array("d", array.array("b", [1, -1])))

errors = [
    lambda: array.array("B", [256]),
    lambda: array.array("b", [-129]),
    lambda: array.array("H", [-1]),
    lambda: array.array("q", [2**63]),
    lambda: array.array("i", ["x"]),
    lambda: array.array("f", ["x"]),
    lambda: array.array("z"),
    lambda: a[100],
    lambda: a.__setitem__(-100, 1),
    lambda: a.__setitem__(slice(0, 2), [1, 2]),
    lambda: a + [1],
    lambda: array.array("i", b"\x01"),
    lambda: array.array("i", [1.5]),
    lambda: a.extend(array.array("b")),
    lambda: array.array("B").append(300),
    lambda: a.__setitem__(slice(0, 6, 2), array.array("i", [1])),
]
for bad in errors:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
print(a)
