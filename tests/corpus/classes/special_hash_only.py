class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
a, b = H(1), H(4)
print(hash(a) == hash(b), a == b, len({a, b}), len({a, a}))
print(hash(H(5)))
