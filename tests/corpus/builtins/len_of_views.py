d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()), len(range(0)), len(range(-5)))
print(len(list(zip("ab", "cde"))), len(dict(a=1, b=2, c=3).keys() - {"a"}) if False else 3)
