f = 1
for i in range(1, 101):
    f *= i
s = str(f)
print(len(s), s[:20], s.rstrip("0")[-10:], len(s) - len(s.rstrip("0")))
print(f % (10 ** 9 + 7), f // (10 ** 150))
