# Errors raised on the paths that run Python code as bytecode for a builtin (drive.py): the same messages as
# the builtin's own, no drive.py frames in what is printed, and the runtime goes on. (Written by hand: the
# text-method messages are this runtime's CircuitPython wording, as for natively made texts.)
class BadFormat:
    def __format__(self, spec):
        return 5


def gen(n):
    yield from range(n)


checks = [
    lambda: f"{BadFormat()}",
    lambda: max(x for x in gen(0)),
    lambda: min(gen(0)),
    lambda: sum(x for x in ["a"]),
    lambda: list(zip(gen(1), gen(2), strict=True)),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
items = [3, 1, 2]


def grows(v):
    items.append(v)
    return v


try:
    items.sort(key=grows)
except ValueError as e:
    print("ValueError:", e)
print(sum(x for x in gen(5)), sorted(gen(3), key=lambda v: -v), str(3), f"{gen.__name__}")
