print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a", b"ab" < b"abc", b"b" > b"abc")
print(sorted([b"b", b"a", b"ab"]), hash(b"x") == hash(b"x"), max(b"hello"))
print(b"abc" == bytearray(b"abc"), b"a" != "a")
