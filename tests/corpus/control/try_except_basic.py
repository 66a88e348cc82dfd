try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught tuple", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("caught base", type(e).__name__, e.args)
try:
    int("x")
except Exception:
    print("caught Exception")
try:
    raise ValueError("mine")
except ValueError as e:
    print(e, e.args)
try:
    pass
except Exception:
    print("not printed")
print("after")
