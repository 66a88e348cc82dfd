x = "outer"
l = [x for x in range(3)]
print(x, l)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([i for i in range(3)], "i" in dir())
