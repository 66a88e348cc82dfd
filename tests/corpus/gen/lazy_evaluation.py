trace = []
def src():
    for i in range(5):
        trace.append("produce %d" % i)
        yield i
g = (x * 10 for x in src())
print(trace)
print(next(g), trace)
print(next(g), len(trace))
rest = list(g)
print(rest, len(trace))
