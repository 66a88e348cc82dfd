it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
try:
    iter(5)
except TypeError:
    print("TypeError iter")
try:
    next([1])
except TypeError:
    print("TypeError next")
calls = iter(lambda c=[0]: c.append(1) or len(c), 4)
print(list(calls))
