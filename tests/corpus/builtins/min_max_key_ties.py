l = ["bb", "a", "cc", "d"]
print(max(l, key=len), min(l, key=len), max(l), min(l))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([3, -3, 2], key=abs))
print(max(range(10), key=lambda x: x % 4), min("xyz", key=ord))
