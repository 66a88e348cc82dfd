for c in "hi":
    print(c)
for k in {"a": 1, "b": 2}:
    print(k)
for b in b"AB":
    print(b)
for t in (1, 2):
    print(t)
for i in range(10, 0, -3):
    print(i)
for x, y in zip("abc", range(3)):
    print(x, y)
for i, c in enumerate("xy", start=5):
    print(i, c)
for s in sorted({3, 1, 2}):
    print(s)
for k, v in {"p": 1}.items():
    print(k, v)
