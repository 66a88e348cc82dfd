def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(["".join(p) for p in perms("abc")])
print(len(list(perms([1, 2, 3, 4]))))
def combos(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combos(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combos([1, 2, 3, 4], 2)))
