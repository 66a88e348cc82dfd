def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1)
add(2)
print(get())
def rebinding():
    x = 1
    def get():
        return x
    x = 2
    return get
print(rebinding()())
