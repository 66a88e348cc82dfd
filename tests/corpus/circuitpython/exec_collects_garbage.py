# flags: --heap 64k
# Code run by exec()/eval() is collected like any other: a loop making far more garbage than the heap holds
# finishes (exec ran as a nested run, where the collector never ran, and raised MemoryError). What they
# return and raise is unchanged.
import gc

source = """
total = 0
for i in range(5000):
    chunk = [i] * 40
    total += len(chunk)
"""
print(exec(source), total)
print(eval("sum(len([k] * 40) for k in range(3000))"))
print(exec(compile("1 + 1", "<s>", "eval")), eval(compile("1 + 1", "<s>", "eval")))
print(list(map(eval, ["2 * 3", "len(str([0] * 50))"])), 1 + eval("2") * 3)


def local_exec(n):
    names = {"n": n}
    exec("m = n * 2", globals(), names)
    return names["m"]


print(local_exec(21))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)


def again():
    exec("again()")


try:
    again()
except RuntimeError as e:
    print("RuntimeError", e)
gc.collect()
print(gc.mem_free() > 32000)
