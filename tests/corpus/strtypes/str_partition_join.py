# partition/rpartition and join over different iterables
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("é→ü→ö".partition("→"), "é→ü→ö".rpartition("→"), "".partition("x"))
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join({"k": 1}), "|".join([]))
print("·".join(x.upper() for x in "abc"), "é".join(["1", "2"]), " ".join(iter(["it", "er"])))
for bad in (lambda: "a".partition(""), lambda: "a".rpartition("")):
    try:
        bad()
    except ValueError:
        print("ValueError")
for bad in (lambda: ",".join([1, 2]), lambda: ",".join(["a", b"b"]), lambda: "x".partition(1), lambda: ",".join(5)):
    try:
        bad()
    except TypeError:
        print("TypeError")
