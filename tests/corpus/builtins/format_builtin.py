print(format(123), format(123, "d"), format(123, "5d"), format(123, "<5") + "|", format(-5, "+"))
print(format(0.5), format(0.5, ".3f"), format(1234.5, ",.1f"), format(0.1234, ".1%"))
print(format("s"), format("s", ">3"), format(True), format(None))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
