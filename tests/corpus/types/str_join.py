print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("q",)))
print(", ".join(str(i) for i in range(4)))
print("ab".join("123"))
print("\n".join(["l1", "l2"]))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
print("".join(reversed("stressed")))
print("+".join({"b": 1, "a": 2}))
