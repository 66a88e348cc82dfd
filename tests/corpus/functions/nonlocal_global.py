g = 0
def set_global():
    global g
    g = 10
set_global()
print(g)
def a():
    x = 1
    def b():
        nonlocal x
        x = 2
        def c():
            nonlocal x
            x += 10
        c()
    b()
    return x
print(a())
def shadow():
    g = "local"
    return g
print(shadow(), g)
def make():
    global created
    created = "yes"
make()
print(created)
