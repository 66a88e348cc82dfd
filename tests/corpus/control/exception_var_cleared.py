try:
    raise ValueError
except ValueError as err:
    print("in handler", type(err).__name__)
try:
    err
except NameError:
    print("err unbound after handler")
e = "keep"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError:
    print("e deleted too")
