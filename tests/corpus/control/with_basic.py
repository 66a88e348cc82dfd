class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is None)
        return False
with CM("a") as x:
    print("body", x)
with CM("b"):
    print("no as")
with CM("c") as c, CM("d") as d:
    print("both", c, d)
try:
    with CM("e"):
        raise ValueError("boom")
except ValueError:
    print("propagated")
