# set, frozenset and dict made from generators and adapters over Python code (folded by the VM), beside
# mappings and iterables that are not generators.
def gen(n):
    for i in range(n):
        yield i


print(sorted(set(x % 3 for x in gen(10))), sorted(frozenset(gen(3))), type(frozenset(gen(2))).__name__)
print(dict((x, x * x) for x in gen(4)), dict(zip("abc", gen(3))), dict(enumerate(gen(2))))
print(sorted(set(map(lambda v: v // 2, range(6)))), dict(map(lambda v: (v, -v), range(3))))


class M:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k * 2

    def __iter__(self):
        yield "ignored"


class It:
    def __iter__(self):
        yield 3
        yield 3
        yield 4


print(dict(M()), sorted(set(It())), dict(a=1), dict(((1, 2),), b=3))
try:
    dict((x, x, x) for x in gen(2))
except ValueError as e:
    print("ValueError:", e)
try:
    set([x] for x in gen(2))
except TypeError as e:
    print("TypeError")


class S(set):
    pass


print(sorted(S(gen(3))), type(S(gen(1))).__name__)
