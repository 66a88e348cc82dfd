data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
