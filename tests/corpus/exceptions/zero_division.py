cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 0.0 // 0.0,
         lambda: divmod(5, 0), lambda: 2 ** 100 // 0, lambda: 5 % 0.0]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, isinstance(e, ArithmeticError))
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError pow")
