print(True and False, True or False, not True, not 0, not "")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and 5)
print([] or {} or 0 or "last")
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(int(True), str(False), bool(-1), bool(0.0), bool([0]), bool(""), bool(" "))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(0) and f(1), calls)
calls.clear()
print(f(2) or f(3), calls)
print(sum([True, True, False, True]))
