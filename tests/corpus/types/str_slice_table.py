s = "abcdefgh"
for sl in ((None, None, 2), (1, None, 3), (None, None, -1), (-1, -5, -1), (6, 1, -2), (2, -2, None), (10, None, -1)):
    print(sl, s[slice(*sl)])
