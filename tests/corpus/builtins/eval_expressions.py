for expr in ("1 + 1", "2 ** 10", "[i for i in range(3)]", "'a' * 3", "{1: 2}", "(1, 2)[1]", "len('abc')", "not True", "1 if 0 else 2"):
    print(expr, "=>", eval(expr))
