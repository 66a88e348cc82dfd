# Conditions ask each operand's truth once, as CPython does: and/or/not in if, while, assert, conditional
# expressions and comprehension filters become jumps (a __bool__ with an effect runs once per test).
class B:
    n = 0
    def __init__(self, v): self.v = v
    def __bool__(self):
        B.n += 1
        return self.v
def check(label, f):
    B.n = 0
    r = f()
    print(label, r, B.n)
T, F = B(True), B(False)
check("if and", lambda: 1 if (F and 1) else 0)
def st():
    out = []
    if F and 1: out.append(1)
    if T and F: out.append(2)
    if F or T: out.append(3)
    if not (T and F): out.append(4)
    if not F or F: out.append(5)
    if (F or F) and T: out.append(6)
    if T and (F or T) and not F: out.append(7)
    if not not T: out.append(8)
    return out
check("stmts", st)
def wh():
    k = 0
    while F and k < 3: k += 1
    while T and k < 3: k += 1
    return k
check("while", wh)
check("comp", lambda: [i for i in range(4) if T and i % 2 or F])
check("ifexp", lambda: "y" if not F and T else "n")
def asrt():
    try:
        assert T and F, "msg"
    except AssertionError as e:
        return str(e)
check("assert", asrt)
check("expr and", lambda: (F and 1) is F and (T or 0) is T and not (not T))
import sys
for a in [0, 1, [], [1], "", "x", None]:
    for b in [0, 1, None]:
        print(bool(a and b), bool(a or b), bool(not a and b), end=" | ")
        if a and b: print("A", end="")
        if a or b: print("O", end="")
        if not a or not b: print("N", end="")
        if not (a or b) and not a: print("M", end="")
        print()
