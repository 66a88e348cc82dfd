# flags: --heap 2m
# Flat chains of attributes, calls and subscripts parse to trees as deep as they are long: compiling a very
# deep one raises (RecursionError in CPython, a RuntimeError subclass) instead of overflowing the host stack.
for link in (".a", "()", "[0]", ".f()"):
    src = "x" + link * 100000
    try:
        compile(src, "<chain>", "eval")
        print(link, "compiled")
    except RuntimeError as e:
        print(link, isinstance(e, RuntimeError), e)
x = 5
print(eval("x" + ".real" * 300), eval("x" + "+x" * 500))
