x = None
print(x, x is None, x is not None, x == None, type(x).__name__)
print(bool(None), str(None), repr(None))
def nothing():
    pass
print(nothing() is None)
def early(a):
    if a:
        return
    return 1
print(early(1), early(0))
print([None] * 3, None in [1, None])
d = {None: "n"}
print(d[None])
