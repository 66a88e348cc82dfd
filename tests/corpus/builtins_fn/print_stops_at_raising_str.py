# print() writes what comes before an argument whose str() raises, then raises; for stdout and for a file,
# whether the failing __str__ is Python code or a builtin's repr of it; bad sep/end/file fail before anything.
import io


class Bad:
    def __str__(self):
        raise ValueError("no text")


class Fine:
    def __str__(self):
        return "fine"


class Holder:
    def __repr__(self):
        raise KeyError("inner")


for args in [(1, Bad(), 3), (Fine(), Bad()), ("a", "b", [Holder()]), (Fine(), 2, Bad())]:
    try:
        print(*args, sep="-", end="!\n")
    except Exception as e:
        print()
        print("raised", type(e).__name__)
    f = io.StringIO()
    try:
        print(*args, sep="+", file=f)
    except Exception as e:
        print("file had", repr(f.getvalue()), "then", type(e).__name__)

for kw in [{"sep": 5}, {"end": 3}, {"file": 7}]:
    try:
        print(Fine(), Bad(), **kw)
    except Exception as e:
        print(sorted(kw), type(e).__name__)

print(Fine(), Fine(), sep=", ", end=".\n")
print(Fine(), end="")
print(" <- no newline before")


# A file object sees exactly the writes print() makes, also when an argument's str() raises.
class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


for args in [(1, Bad()), (Bad(),), (Fine(), 2, Fine()), (1, 2)]:
    w = W()
    try:
        print(*args, sep="|", end="$", file=w)
    except ValueError:
        print("raised after", w.parts)
    else:
        print(w.parts)
print(Fine(), file=None)
