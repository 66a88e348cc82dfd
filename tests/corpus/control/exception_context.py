try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__.args)
    print(e.__cause__)
try:
    raise KeyError("alone")
except KeyError as e:
    print(e.__context__, e.__cause__)
try:
    try:
        1 / 0
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(type(e.__context__).__name__)
