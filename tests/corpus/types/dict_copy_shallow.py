a = {"list": [1], "n": 1}
b = a.copy()
b["n"] = 2
b["list"].append(2)
print(a, b)
c = dict(a)
print(c == a, c is a)
