N = 250000
# Function-call overhead: recursive fib plus many small calls with
# positional, default, keyword, *args and **kwargs arguments, and a bound
# method call.  Work is linear in N.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def scaled(x, factor=3, offset=0):
    return x * factor + offset


def count_args(*args, **kwargs):
    return len(args) + 2 * len(kwargs)


def forward(*args, **kwargs):
    return count_args(*args, **kwargs)


def nothing():
    pass


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total = (self.total + v) & 0xFFFFFF


def small_calls(n):
    acc = Acc()
    total = 0
    for i in range(n):
        total += add(i, 1)
        total += scaled(i, offset=2)
        total += scaled(i, factor=5)
        total += scaled(x=i)
        total += count_args(i, i, key=i)
        total += forward(i, a=1, b=2)
        nothing()
        acc.add(i)
        total &= 0xFFFFFFF
    return total, acc.total


def fib_calls(n):
    total = 0
    for i in range(n // 20000):
        total += fib(18)
    return total


t, a = small_calls(N)
print("calls", N, t, a, fib_calls(N))
