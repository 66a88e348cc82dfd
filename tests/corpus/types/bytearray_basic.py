ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[0], ba[-1])
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:2] = b""
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba += b"xyz"
print(ba, ba * 2, ba + b"1", ba.decode())
print(ba.count(b"x"), ba.find(b"z"), bytes(ba), ba.hex())
try:
    ba[0] = 256
except ValueError:
    print("ValueError")
try:
    ba[100]
except IndexError:
    print("IndexError")
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "utf-8"), bytearray(b"q") == b"q")
