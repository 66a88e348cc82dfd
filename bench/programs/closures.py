N = 700000
# Closures and first-class functions: nested functions capturing variables,
# nonlocal counters, lambdas, functions stored in lists/dicts, map/filter
# with lambdas.  Linear in N.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def main(n):
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    double_then_add3 = compose(adders[3], lambda x: x * 2)
    ops = {"a": adders[1], "d": double_then_add3, "c": counter}
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
        total += ops["d"](i & 255)
        total += ops["c"](i & 1)
        f = make_adder(i & 15)
        total += f(1)
        total &= 0xFFFFFFF
    total += sum(map(lambda v: v % 3, range(n // 2)))
    total += len(list(filter(lambda v: v & 4, range(n // 2))))
    return total, counter(0)


print("closures", N, *main(N))
