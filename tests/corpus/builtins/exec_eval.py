print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'ab' * 2"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("z", {}, {"z": "local"}))
exec("a = 5\nb = a * 2")
print(a, b)
ns = {}
exec("def f(n):\n    return n * n\nresult = f(7)", ns)
print(ns["result"], ns["f"](3))
exec("for i in range(3): print('exec loop', i)")
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_name_xyz")
except NameError:
    print("NameError")
print(eval("  42  "), eval("(1, 2)"))
