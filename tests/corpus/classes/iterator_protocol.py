class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(10)), sorted(Count(4), reverse=True))
for x in Count(2):
    print("x", x)
class Reiter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reiter("ab")
print(list(r), list(r), "b" in r)
class GenIter:
    def __iter__(self):
        yield 1
        yield 2
print(list(GenIter()), dict(zip(GenIter(), "xy")))
