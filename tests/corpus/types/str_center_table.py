# only even margins: CPython and MicroPython split odd margins differently
for w in (2, 4, 6, 8):
    print(repr("ab".center(w)), repr("abcd".center(w, "*")), repr("".center(w, "-")))
print(repr("abc".center(3)), repr("abc".center(1)), repr("abc".center(5, ".")))
