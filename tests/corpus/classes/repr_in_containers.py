class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "T<%d>" % self.n
print([T(1), T(2)], (T(3),), {"k": T(4)}, {1: [T(5)]})
print(str([T(6)]), "%r" % (T(7),), "{!r}".format(T(8)))
