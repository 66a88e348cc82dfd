class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except ValueError as e:
    print("caught", e.args)
class Log:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n)
try:
    with Log(1), BadEnter(), Log(2):
        pass
except ValueError:
    print("outer caught")
