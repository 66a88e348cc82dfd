class MyErr(Exception):
    pass
e = MyErr("x")
e.extra = "attached"
try:
    raise e
except MyErr as caught:
    print(caught is e, caught.extra)
print(type(e).__name__, isinstance(e, Exception), MyErr.__name__, MyErr.__bases__[0].__name__)
errs = [ValueError("v"), TypeError("t"), KeyError("k")]
print([type(x).__name__ for x in errs], [x.args[0] for x in errs])
