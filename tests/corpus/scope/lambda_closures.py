adders = {}
for n in (1, 5, 10):
    adders[n] = lambda x, n=n: x + n
print([adders[k](100) for k in sorted(adders)])
def mul(k):
    return lambda x: x * k
m3 = mul(3)
print(m3(7), mul(2)(mul(5)(1)))
y = 1
f = lambda: y
y = 2
print(f())
