# Slicing ranges that reach the ends of 64-bit ints, or with huge slice steps, works in wide arithmetic
# (it overflowed: a panic in debug builds, wrong ranges in release).
M = -2**63
X = 2**63 - 1
x = range(2**62)[-10**20:10**20:-10**20]
print(len(x), list(x))  # the step is beyond 64 bits here: only the items are compared
print(range(X, M, -1)[1:3])
print(range(M, X)[M:X:M])
print(range(0, 10)[-10**30:5], range(10)[2:8:10], range(10)[::-1], range(10, 0, -3)[1:-1])
for r, s in ((range(M, X), slice(None, None, 2**62)), (range(X, M, -1), slice(5, 2, -1)), (range(M, X, 3), slice(-2, None))):
    x = r[s]
    print(len(x), x[0], x[-1], list(x)[:3])
print(range(M, X).index(0), range(M, X).index(X - 1), range(M, X, 2).index(X - 1))
