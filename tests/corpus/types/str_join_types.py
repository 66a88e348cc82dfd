print("".join([]), ",".join(["x"]), ",".join(("a", "b")), ",".join(x for x in "abc"), ",".join({"k": 0}))
print("/".join(map(str, [1, 2, 3])), "".join(sorted("hello")))
