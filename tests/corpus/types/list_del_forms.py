l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
print(l)
del l[:]
print(l, len(l))
