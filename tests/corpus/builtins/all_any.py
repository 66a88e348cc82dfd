print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all([[]]), any([[], [0]]), all(x > 0 for x in range(1, 5)))
def gen():
    yield 1
    print("consumed second")
    yield 0
    print("never")
    yield 1
print(all(gen()))
print(any(x == 2 for x in [1, 2, 3]))
try:
    all(5)
except TypeError:
    print("TypeError")
