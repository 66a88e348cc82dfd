def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError:
    print("raise e ok")
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            pass
        raise
except KeyError as e:
    print("outer exception restored", e.args)
