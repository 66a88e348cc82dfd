# enumerate(): start positional or keyword, negative and big starts, laziness
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-1)))
print(list(enumerate([], 5)), list(enumerate(range(3), 2 ** 40)))
e = enumerate(x * 2 for x in range(3))
print(next(e), next(e), list(e), list(e))
print(dict(enumerate("xy")), [i for i, _ in enumerate("abcd") if i % 2])
try:
    enumerate(5)
except TypeError:
    print("TypeError")
try:
    enumerate("a", 1.5)
except TypeError:
    print("TypeError start")
