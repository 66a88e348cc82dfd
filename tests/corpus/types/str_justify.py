print(repr("ab".center(6)), repr("ab".center(8)), repr("abc".center(7, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("ab".rjust(5, "0")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("x".center(5, "-"), "xy".center(6, "-"))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError fill")
