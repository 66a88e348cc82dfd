cases = [
    lambda: int("x"), lambda: float("1.2.3"), lambda: [1].index(2), lambda: "a".index("b"),
    lambda: [1].remove(2), lambda: chr(-5), lambda: int("9", 8), lambda: range(0, 1, 0),
    lambda: bytes([300]), lambda: "abc".split(""), lambda: int("", 10),
    lambda: max([]), lambda: bytes.fromhex("q"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ValueError:
        print(i, "ValueError")
def unpack():
    a, b = [1, 2, 3]
try:
    unpack()
except ValueError:
    print("ValueError unpack")
