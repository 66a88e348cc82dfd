try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError:
    print("ZeroDivisionError in listcomp")
try:
    {k: {}[k] for k in "a"}
except KeyError as e:
    print("KeyError in dictcomp", e.args)
try:
    sum(int(s) for s in ["1", "x"])
except ValueError:
    print("ValueError in genexp")
