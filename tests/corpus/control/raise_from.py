try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e.args, type(e.__cause__).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__)
c = TypeError("cause")
try:
    raise RuntimeError("x") from c
except RuntimeError as e:
    print(e.__cause__ is c)
