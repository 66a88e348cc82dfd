# replace: counts, empty old string, non-ASCII
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "é€".replace("", "|"))
print("héllo".replace("l", "L"), "héllo".replace("é", "e"), "aaa".replace("aa", "b"), "abc".replace("x", "y"))
print(b"aXbXc".replace(b"X", b"--"), b"abc".replace(b"", b"."), bytearray(b"aa").replace(b"a", b"bb", 1))
print("a.b.c".replace(".", "", 1), "ab" * 3 == "ab".replace("", "")[:2] * 3)
