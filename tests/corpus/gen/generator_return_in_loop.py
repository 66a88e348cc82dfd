def until_negative(seq):
    for x in seq:
        if x < 0:
            return "hit %d" % x
        yield x
def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(collect(until_negative([1, 2, -3, 4])))
print(collect(until_negative([5])))
