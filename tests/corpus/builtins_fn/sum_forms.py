# sum(): start (positional and keyword), floats, bigints, sequences, errors for str
print(sum([]), sum([], 5), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101), start=-50))
print(sum([0.1] * 10), sum([1, 0.5]), sum([1e100, 1.0, -1e100]), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum(x * x for x in range(4)))
print(sum([-2 ** 63, -1]), sum([2 ** 100, -2 ** 100]), type(sum([1, 2.0])).__name__)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + other)
    def __radd__(self, other):
        return Acc(other + self.v)
print(sum([1, 2], Acc(10)).v, sum([Acc(1), 2, 3]).v)
for start in ["", b"", bytearray()]:
    try:
        sum([], start)
    except TypeError:
        print("TypeError", type(start).__name__)
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError items")
try:
    sum(5)
except TypeError:
    print("TypeError not iterable")
