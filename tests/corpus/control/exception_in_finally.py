def f():
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")
try:
    f()
except KeyError as e:
    print("KeyError wins", type(e.__context__).__name__)
except ValueError:
    print("not this")
