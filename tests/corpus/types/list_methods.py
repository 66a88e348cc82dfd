l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(-1, "beforelast")
l.insert(100, "end")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.count(2), l.index(4, 2))
try:
    l.remove("zz")
except ValueError:
    print("ValueError remove")
try:
    l.index("zz")
except ValueError:
    print("ValueError index")
try:
    [].pop()
except IndexError:
    print("IndexError pop")
c = l.copy()
c.clear()
print(c, len(l))
l.reverse()
print(l)
