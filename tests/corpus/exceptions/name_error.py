try:
    undefined_variable
except NameError as e:
    print("NameError", type(e).__name__)
def f():
    return also_undefined
try:
    f()
except NameError:
    print("NameError in function")
x = 1
del x
try:
    print(x)
except NameError:
    print("NameError after del")
try:
    exec("print(qq)")
except NameError:
    print("NameError in exec")
