for a in (7, -7, 0, 13, -13):
    row = []
    for b in (1, 2, 3, -2, -3, 10):
        row.append((a // b, a % b))
    print(a, row)
for a in (7, -7):
    for b in (2, -2):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
try:
    5 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    5 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    5.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError divmod")
