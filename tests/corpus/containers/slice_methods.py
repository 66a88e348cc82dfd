print(slice(5), slice(1, 5), slice(1, 5, 2), slice(None), slice(None, None, -1))
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s.indices(5), s.indices(100), s.indices(0))
print(slice(None, None, -1).indices(4), slice(-100, 100).indices(5), slice(-3, None).indices(10))
print(slice(10, -10, -2).indices(6), slice(None, None, 2).indices(7))
for bad in [slice(0, 1, 0)]:
    try:
        bad.indices(3)
    except ValueError:
        print("ValueError step")
try:
    slice(1).indices(-1)
except ValueError:
    print("ValueError length")
l = list(range(10))
print(l[slice(2, 8, 2)], l[slice(-2, None)], "hello"[slice(None, None, -1)], (1, 2, 3)[slice(1, None)])
l[slice(0, 3)] = ["a"]
print(l)
del l[slice(0, 2)]
print(l)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), type(slice(1)).__name__)
