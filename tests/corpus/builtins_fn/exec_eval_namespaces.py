# exec/eval with explicit globals and locals, code objects from compile()
g = {"x": 1}
l = {}
exec("y = x + 1", g, l)
print(l, "y" in g)
exec("z = x * 10", g)
print(g["z"], eval("x + z", g), eval("x + y", g, l), eval("w", {}, {"w": 3}))
print(eval("  1 + 2"), eval(b"40 + 2"), eval("[i * i for i in range(4)]"))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
code = compile("a = 5\nb = a * 2", "<test>", "exec")
scope = {}
print(exec(code, scope), scope["a"], scope["b"])
expr = compile("a + b", "<expr>", "eval")
print(eval(expr, scope), eval(expr, {"a": "x", "b": "y"}))
print(eval(code, {}))
counter = 0
exec("counter += 5")
print(counter)
def inside():
    q = 7
    return eval("q * 6"), eval("q + extra", {"extra": 1}, {"q": 2})
print(inside())
for src, mode in [("1 +", "eval"), ("x = = 1", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError:
        print("SyntaxError", mode)
try:
    eval("undefined_name")
except NameError:
    print("NameError")
try:
    exec("1", [])
except TypeError:
    print("TypeError globals")
try:
    eval(5)
except TypeError:
    print("TypeError source")
try:
    compile("1", "<m>", "bogus")
except ValueError:
    print("ValueError mode")
