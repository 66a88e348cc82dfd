i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else after normal end", i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    print("never")
else:
    print("else of empty while")
n = 5
while n:
    n -= 1
    if n % 2:
        continue
    print("even", n)
