l = [3, 1, 3, 2, 3]
l.remove(3)
print(l)
l.reverse()
print(l)
while 3 in l:
    l.remove(3)
print(l, l[::-1], list(reversed(l)))
