b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b[:3]), 99 in b, b"cd" in b, b"x" in b)
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    b[10]
except IndexError:
    print("IndexError")
print(b == b"abcdef", b < b"abd", b != "abcdef", hash(b) == hash(b"abcdef"))
for x in b"AB":
    print(x)
