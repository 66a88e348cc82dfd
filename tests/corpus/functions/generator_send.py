def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration:
    print("stopped")
def echo():
    r = yield "first"
    while True:
        r = yield "got " + str(r)
e = echo()
print(e.send(None), e.send(1), e.send("a"))
try:
    echo().send(5)
except TypeError:
    print("TypeError send non-None to fresh gen")
