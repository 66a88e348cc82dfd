import_count = 0
def make_default():
    global import_count
    import_count += 1
    return import_count
def f(x=make_default()):
    return x
print(f(), f(), import_count)
def g(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(g(), g(), g({}))
