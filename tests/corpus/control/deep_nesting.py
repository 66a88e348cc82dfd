x = 0
for a in range(3):
    if a:
        for b in range(3):
            if b != a:
                while x < 100:
                    x += a * b + 1
                    if x % 7 == 0:
                        break
print(x)
