l = []
l.extend([1])
l.extend((2, 3))
l.extend("ab")
l.extend(range(2))
l.extend({"k": 1})
l.extend(x * 10 for x in (1, 2))
l.extend([])
print(l)
l += "z"
print(l)
