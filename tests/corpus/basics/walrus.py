data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
vals = iter([1, 2, 0, 5])
total = 0
while (v := next(vals)) != 0:
    total += v
print(total)
print((z := 5) + z)
def f():
    if (w := 10) > 5:
        return w * 2
print(f())
