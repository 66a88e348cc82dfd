# Changing a deque while iterating it is a RuntimeError (appending to the deque a for loop walks never
# ended: the loop chased its own appends until host memory ran out).
import collections

for label, change in (
    ("append", lambda d, x: d.append(x)),
    ("appendleft", lambda d, x: d.appendleft(x)),
    ("pop", lambda d, x: d.pop()),
    ("popleft", lambda d, x: d.popleft()),
    ("clear", lambda d, x: d.clear()),
    ("extend", lambda d, x: d.extend([x])),
):
    d = collections.deque([1, 2, 3])
    seen = []
    try:
        for x in d:
            seen.append(x)
            change(d, x)
        print(label, "no error", seen)
    except RuntimeError as e:
        print(label, type(e).__name__, e, seen)
d = collections.deque([1, 2, 3])
it = iter(d)
print(next(it), d[0], len(d), list(it), list(d))
