a = 1
def f():
    global a
    del a
f()
try:
    a
except NameError:
    print("NameError after global del")
a = 2
print(a)
def g():
    v = 1
    del v
    v = 3
    return v
print(g())
