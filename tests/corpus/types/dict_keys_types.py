d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", True: "bool?", frozenset([1]): "fs"}
print(len(d), d[1], d["1"], d[(1,)], d[1.5], d[None], d[frozenset([1])])
