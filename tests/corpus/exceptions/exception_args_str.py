e = Exception()
print(e.args, repr(str(e)))
e = Exception("one")
print(e.args, str(e))
e = Exception("a", 2)
print(e.args, str(e))
e = ValueError(42)
print(e.args, str(e))
e = KeyError("key")
print(str(e), e.args)
e = Exception(None)
print(str(e), e.args)
class E(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__("code %d" % code)
e = E(404)
print(e.code, e.args, str(e))
