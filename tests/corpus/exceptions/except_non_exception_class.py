# An except clause naming a class that is not an exception is itself an error when it is checked.
try:
    try:
        raise KeyError(1)
    except str:
        print("not reached")
except TypeError:
    print("TypeError")
try:
    try:
        raise KeyError(1)
    except (ValueError, KeyError):
        print("tuple matched")
except TypeError:
    print("not reached")
