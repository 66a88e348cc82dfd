def f():
    "doc of f"
    return 1
def g():
    """multi
    line"""
print(f(), g())
class C:
    "class doc"
    def m(self):
        "method doc"
        return 2
print(C().m())
