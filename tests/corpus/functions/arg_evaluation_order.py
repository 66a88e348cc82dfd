log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
v(v(1) + v(2))
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
l = [v(1), v(2)][v(0)]
print(log, l)
