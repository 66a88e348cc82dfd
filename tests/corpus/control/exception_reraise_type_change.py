def convert(f):
    try:
        return f()
    except (KeyError, IndexError) as e:
        raise LookupError("wrapped " + type(e).__name__) from e
for f in (lambda: {}["x"], lambda: [][1], lambda: "fine"):
    try:
        print(convert(f))
    except LookupError as e:
        print(e.args[0], type(e.__cause__).__name__)
