# map with a Python function over several native iterables, advanced by the VM's ForIter: shortest input
# ends it, an exception from the function leaves the map usable, StopIteration from it ends the loop.
m = map(lambda a, b: 10 // a + b, [1, 0, 2], [5, 6, 7, 8])
try:
    print(list(m))
except ZeroDivisionError:
    print("ZeroDivisionError")
print(list(m))
print(list(map(lambda a, b, c: a + b + c, "ab", "cde", "fgh")), list(map(pow, [2, 3], [3, 2])))
for x, y in map(lambda a, b: (b, a), range(3), "xyz"):
    print(x, y)


def stop(a, b):
    if a == 2:
        raise StopIteration
    return a * b


print(list(map(stop, [1, 2, 3], [4, 5, 6])), sum(map(lambda a, b: a * b, [1, 2], [3, 4])))
