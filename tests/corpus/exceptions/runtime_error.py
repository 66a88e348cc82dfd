try:
    raise RuntimeError("custom runtime")
except RuntimeError as e:
    print(e.args)
class R(RuntimeError):
    pass
try:
    raise R
except RuntimeError as e:
    print(type(e).__name__)
