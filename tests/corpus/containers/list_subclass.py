class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s)
s.extend([7, 8])
s.sort(reverse=True)
print(s, s.index(7), s.count(1), 8 in s)

class Logged(list):
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ("got", v)
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __len__(self):
        return super().__len__() + 100

g = Logged([1, 2, 3])
g[0] = 5
print(g[0], g[1:2], len(g), list.__len__(g))
del g[0]
print(list(g), g.copy(), type(g.copy()).__name__)
e = Stack()
print(e, len(e), bool(e))
