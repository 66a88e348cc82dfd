def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError
        return "other"
    except ValueError:
        return "except"
    else:
        return "else not reached because of return"
    finally:
        print("finally", x)
print(f(0), f(1), f(2))
def g(x):
    try:
        pass
    except Exception:
        pass
    else:
        if x:
            return "from else"
    return "end"
print(g(1), g(0))
