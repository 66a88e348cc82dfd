a = ValueError(1)
b = ValueError(1)
print(a == a, a == b, a.args == b.args)
try:
    raise a
except ValueError as e:
    print(e is a)
