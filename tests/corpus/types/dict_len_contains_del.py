d = dict.fromkeys(range(5), "v")
print(len(d), 3 in d, 5 in d, "v" in d, "v" in d.values())
for k in [0, 2, 4]:
    del d[k]
print(d, len(d))
