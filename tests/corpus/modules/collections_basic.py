from collections import namedtuple, OrderedDict, deque
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), isinstance(p, tuple))
a, b = p
print(a + b, p == (1, 2), P._fields)
Q = namedtuple("Q", ["a", "b", "c"])
print(Q(1, 2, 3))
try:
    P(1)
except TypeError as e:
    print("TypeError")
d = OrderedDict()
d["a"] = 1
d["b"] = 2
d["c"] = 3
d.move_to_end("a")
print(list(d))
d.move_to_end("c", last=False)
print(list(d))
print(d.popitem(), d.popitem(last=False), len(d))
q = deque((), 3)
for i in range(5):
    q.append(i)
print(len(q), list(q))
q.appendleft(9)
print(list(q), q.pop(), q.popleft(), len(q))
try:
    deque().pop()
except IndexError as e:
    print(e)
