x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", isinstance(e, NameError))
def g():
    if False:
        y = 1
    return y
try:
    g()
except NameError as e:
    print(type(e).__name__)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError:
    print("UnboundLocalError after del")
