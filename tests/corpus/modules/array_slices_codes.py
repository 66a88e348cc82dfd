# array: slice assignment that grows, shrinks, empties and appends, on items of several sizes, and the items
# of every typecode read back (signed, unsigned, the top bit set, floats).
from array import array

for code, init, new in [("h", [1, 2, 3, 4, 5], [7, 8, 9]), ("d", [0.5, 1.5, 2.5], [9.25]), ("b", [1, 2, 3], [])]:
    for lo, hi in [(1, 3), (0, 0), (2, 1), (3, 99), (-2, None), (0, None)]:
        a = array(code, init)
        a[lo:hi] = array(code, new)
        print(code, lo, hi, a, len(a))
a = array("Q", [1, 2, 3, 4, 5, 6])
a[::2] = array("Q", [2**64 - 1, 2**63, 0])
print(a)
a[1::2] = array("Q", [7, 8, 9])
print(a, a[::-1], a[1:4])
try:
    a[::2] = array("Q", [1])
except ValueError as e:
    print("ValueError", e)
for code, values in [("b", [-128, -1, 0, 127]), ("B", [0, 200, 255]), ("h", [-32768, -2, 32767]),
                     ("H", [65535, 1]), ("i", [-2**31, 2**31 - 1]), ("I", [2**32 - 1, 7]),
                     ("q", [-2**63, 2**63 - 1]), ("Q", [2**64 - 1, 2**63, 5]), ("f", [1.5, -0.25]),
                     ("d", [1e300, -2.5])]:
    a = array(code, values)
    print(code, list(a), a[0], a[-1], [x for x in a], bytes(a) == bytes(array(code, list(a))))
