# zip(): shortest wins, no arguments, strict=True length checks
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))))
print(list(zip("abc", "de", strict=False)), list(zip("ab", "cd", strict=True)), dict(zip("xy", [1, 2])))
cases = [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "a"), ("a", "a", "ab"), ("abc", "ab", "ab")]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError:
        print("ValueError", [len(a) for a in args])
z = zip([1, 2], "abc", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError:
    print("ValueError after pairs")
def gen():
    yield 1
    yield 2
print(list(zip(gen(), gen(), strict=True)), list(zip(gen(), range(5))))
try:
    zip([1], bogus=True)
except TypeError:
    print("TypeError keyword")
try:
    zip([1], 5)
except TypeError:
    print("TypeError iterable")
