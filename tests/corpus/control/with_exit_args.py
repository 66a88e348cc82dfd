class Spy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True
s = Spy()
with s:
    pass
print(s.args)
with s:
    raise KeyError("k")
t, v, tb = s.args
print(t.__name__, v.args)
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except RuntimeError as e:
    print("got", e.args, type(e.__context__).__name__)
try:
    with Raiser():
        pass
except RuntimeError as e:
    print("exit raised on clean exit", e.args)
