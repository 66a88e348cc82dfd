print(list(enumerate("abc")), list(enumerate([], 3)), list(enumerate("xy", start=-1)))
e = enumerate([10, 20])
print(next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
print(dict(enumerate("ab")))
