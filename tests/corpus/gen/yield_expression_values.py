def g():
    x = yield 1
    print("x =", x)
    y = yield x
    print("y =", y)
it = g()
print(next(it))
print(it.send("A"))
try:
    it.send("B")
except StopIteration:
    print("end")
def h():
    print((yield), (yield))
it = h()
next(it)
it.send(1)
try:
    it.send(2)
except StopIteration:
    pass
