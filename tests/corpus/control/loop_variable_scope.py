for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print("NameError j")
x = 10
for x in range(2):
    pass
print(x)
l = [1, 2, 3]
for v in l:
    v *= 2
print(l)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
