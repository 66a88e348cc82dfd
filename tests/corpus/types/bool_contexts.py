print(sum([True, False, True]), [1, 2, 3][True], "ab"[False], True * "x", False * "x")
print(max(True, False), sorted([True, False, True]), {True: "t", False: "f"}[1 > 0])
print(int(True) + int(False), float(True), str(True).lower())
