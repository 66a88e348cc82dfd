# An error in Python code that a builtin drives (sum over a generator, a map's function) has a traceback of
# the program's frames only, as when the builtin is native code: the bytecode the builtin hands its loop over
# to (builtins/drive.py) leaves no entries. Written by hand from CircuitPython's traceback format.
def readings():
    yield 1
    yield 2 / 0


def label(x):
    return "#" + x


print(list(map(label, ["a", "b"])))
print(sum(readings()))
