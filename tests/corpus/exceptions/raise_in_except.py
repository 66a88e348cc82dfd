def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print("KeyError", e.args, type(e.__context__).__name__)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise IndexError("fresh")
try:
    g()
except IndexError as e:
    print("context of fresh", e.__context__)
