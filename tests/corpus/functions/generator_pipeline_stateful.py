def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x
print(list(running_sum(range(1, 6))))
print(list(pairwise("abcd")))
print([b - a for a, b in pairwise(running_sum([3, 1, 4, 1, 5]))])
