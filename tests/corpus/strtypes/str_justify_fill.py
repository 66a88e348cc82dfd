# center/ljust/rjust/zfill with fill characters and odd margins
for w in range(0, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("é".ljust(w, "·")), repr("x".rjust(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(2), "-".zfill(3))
print(b"ab".center(6, b"-"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-7".zfill(4), bytearray(b"x").center(3))
for bad in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: b"a".center(5, "x")):
    try:
        bad()
    except TypeError:
        print("TypeError")
