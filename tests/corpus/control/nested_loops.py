for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j) + " "
    print(row)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
k = 0
while k < 2:
    for m in "ab":
        print(k, m)
    k += 1
