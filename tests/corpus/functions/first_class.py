def apply(f, *a):
    return f(*a)
print(apply(max, 3, 7), apply(len, "abc"))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
def f():
    return f
print(f()()() is f)
fs = [abs, str, len]
print([g(-3) if g is not len else g("xy") for g in fs])
print(callable(f), callable(3))
