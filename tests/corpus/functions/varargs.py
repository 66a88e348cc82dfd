def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(1, 2, 3), total(1, 2, start=10))
args = [4, 5]
print(total(*args), total(*args, *args), total(*range(5)))
def mx(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(mx(3), mx(3, 9, 2))
