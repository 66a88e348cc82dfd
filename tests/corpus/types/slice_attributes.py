for s in (slice(3), slice(1, 4), slice(1, 9, 2), slice(None, None, -1), slice("a", "b")):
    print(s.start, s.stop, s.step)
print("abcdefghij"[slice(2, None, 3)], list(range(10))[slice(-3, None)])
