print(str(), str(123), str(1.5), str(True), str(None), str([1]), str((1,)), str({1: 2}))
print(str(b"ab"), str("x"), str(-0), str(10 ** 20), str(1e100))
print(repr(str(str("a"))), type(str(5)).__name__)
class C:
    def __str__(self):
        return "C-str"
print(str(C()), "%s" % C(), "{}".format(C()), f"{C()}")
print(repr(""), repr("a\nb"))
