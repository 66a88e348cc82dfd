for x in (-2, 0, 3):
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
print((1 if True else 2) + 10)
print([a if a % 2 else -a for a in range(5)])
f = lambda v: "yes" if v else "no"
print(f([]), f([0]))
def side(n):
    print("eval", n)
    return n
print(side(1) if side(0) else side(2))
