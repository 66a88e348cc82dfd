g = {"x": 1}
l = {}
exec("y = x + 1", g, l)
print(l["y"], "y" in g)
exec("z = 10", g)
print(g["z"])
code = "def sq(n): return n * n"
ns = {}
exec(code, ns)
print(ns["sq"](9))
