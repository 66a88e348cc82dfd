print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{0}".format(5, name="n"))
print("{0[1]} {0[0]}".format(["first", "second"]), "{d[key]}".format(d={"key": "val"}))
class P:
    x = 10
print("{0.x} {p.x}".format(P(), p=P()))
print("{:d}|{:5}|{:<5}|{:.3f}".format(7, 8, 9, 2 / 3))
print("{!r} {!s}".format("q", "q"), "{{}} {}".format(1))
print("{0:{1}}|".format("pad", 6), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:,} {:x} {:08.3f} {:e}".format(10 ** 9, 3054, -1.5, 0.5))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{a}".format(b=1)
except KeyError:
    print("KeyError")
