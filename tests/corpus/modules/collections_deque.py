from collections import deque
d = deque((), 10)
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d))
print(d.popleft(), d.pop(), list(d))
bounded = deque((), 3)
for i in range(6):
    bounded.append(i)
print(list(bounded))
try:
    deque((), 5).pop()
except IndexError:
    print("IndexError")
print(bool(deque((), 2)), 1 in bounded if False else len(bounded))
