def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a = 2
        b = 2
    inner()
    return a, b
print(outer())
def make_counter(start):
    def step(by=1):
        nonlocal start
        start += by
        return start
    return step
s = make_counter(10)
print(s(), s(5), s())
def deep():
    x = 0
    def l1():
        def l2():
            nonlocal x
            x += 100
        l2()
        l2()
    l1()
    return x
print(deep())
