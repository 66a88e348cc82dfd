# replace with every count, for an empty and a one-character old string, over ASCII and non-ASCII text
for s in ["", "a", "abc", "é€x"]:
    for k in [-5, -1, 0, 1, 2, 3, 4, 5, 9]:
        print(repr(s.replace("", "-", k)), repr(s.replace("b", "XY", k)), end=" ")
    print()
print(b"".replace(b"", b"x", 0), b"ab".replace(b"", b"x", 1), "aaaa".replace("aa", "", 1), "xaax".replace("a", "é"))
