def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)

err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop(-2))
err(lambda: [1, 2].remove(3))
err(lambda: [1, 2].index(3))
err(lambda: [1, 2, 3].index(3, 0, 2))
err(lambda: [1].insert("a", 2))
err(lambda: [1].pop("a"))
err(lambda: [1].sort(1))
err(lambda: [1].sort(bogus=1))
err(lambda: [1, "a"].sort())
err(lambda: [1].count())
err(lambda: [1].append())
print([1, 2, 3].pop(-1), [1, 2, 3].pop(-3))
