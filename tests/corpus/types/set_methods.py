s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError")
s.update([5, 6], {7})
print(sorted(s))
x = s.pop()
print(x in s, len(s))
c = s.copy()
c.clear()
print(c, len(s), set(), set([1, 1, 2]) == {1, 2})
try:
    set().pop()
except KeyError:
    print("KeyError pop")
