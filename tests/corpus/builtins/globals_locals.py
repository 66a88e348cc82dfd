g = globals()
print("g" in g, g["__name__"], type(g).__name__)
gvar = "global value"
print(globals()["gvar"])
globals()["injected"] = 42
print(injected)
print(locals() is globals() or sorted(locals()) == sorted(globals()))
