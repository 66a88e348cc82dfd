# An int searched for in bytes/bytearray is one byte: out of range (big ints too) is a ValueError, for `in`
# as for count/find/index; other non-bytes needles are a TypeError naming their type.
cases = [
    lambda: 300 in b"abc", lambda: -1 in b"abc", lambda: 2**64 in bytearray(), lambda: True in b"\x01",
    lambda: 98 in b"abc", lambda: 0 in bytearray(2), lambda: b"b" in bytearray(b"abc"), lambda: "a" in b"abc",
    lambda: [1] in b"a", lambda: b"abc".count(10**20), lambda: b"abc".count(300), lambda: b"abc".find(-1),
    lambda: b"abc".index(2**70), lambda: bytearray(b"aba").count(97), lambda: b"abc".rfind(99), lambda: b"abc".find(256),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# An int subclass is an int here too.
class I(int):
    pass


print(I(98) in b"abc", b"abc".count(I(98)), bytes(I(3)), bytearray(I(2)))
try:
    I(300) in b"a"
except ValueError as e:
    print("ValueError", e)
