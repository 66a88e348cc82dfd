def inner():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "inner handled"
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer continues"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed")
