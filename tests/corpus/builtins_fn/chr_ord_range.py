# chr/ord round trips and range errors
for c in [0, 65, 0x7F, 0xE9, 0x20AC, 0x1F600, 0x10FFFF]:
    s = chr(c)
    print(c, len(s), ord(s) == c)
print(ord("a"), ord("\n"), ord("€"), ord(b"z"), ord(bytearray(b"\x00")))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError", len(bad))
for bad in [65.0, None]:
    try:
        chr(bad)
    except TypeError:
        print("TypeError chr", type(bad).__name__)
try:
    ord(5)
except TypeError:
    print("TypeError ord int")
class Idx:
    def __index__(self):
        return 97
print(chr(Idx()))
