def f():
    pass
class K:
    pass
print(f(), K.__name__)
print(..., Ellipsis is ..., type(...).__name__)
def g():
    ...
print(g())
if True:
    pass
else:
    print("no")
for _ in range(2):
    pass
print(_)
