class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __eq__(self, o):
        return self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __repr__(self):
        return "V" + repr(self.c)
a = V(1, 2, 3)
print(a + a, a * 2, 2 * a, a == V(1, 2, 3), len(a), a[1], list(a), a[-1])
