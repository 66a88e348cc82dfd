# bytearray mutation methods
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.insert(0, 65)
ba.insert(-1, 66)
ba.insert(100, 90)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98)
print(ba)
ba.reverse()
c = ba.copy()
c.append(33)
print(ba, c, c is ba)
ba.clear()
print(ba, len(ba), bytearray(3), bytearray([1, 2]), bytearray(b"x") + b"y")
ba += b"more"
ba[0] = 77
print(ba, ba.find(b"r"), ba.upper(), ba.split(b"o"), ba.hex())
for bad in (lambda: ba.append(256), lambda: ba.remove(0), lambda: bytearray().pop(), lambda: ba.pop(99)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
for bad in (lambda: ba.append("x"), lambda: ba.extend("str")):
    try:
        bad()
    except TypeError:
        print("TypeError")
