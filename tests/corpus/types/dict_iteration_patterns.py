d = {"b": 2, "a": 1, "c": 3}
for k in sorted(d):
    print(k, d[k])
for k, v in sorted(d.items(), key=lambda kv: kv[1], reverse=True):
    print(k, v)
print(max(d, key=d.get), min(d.values()), sum(d.values()))
print(sorted(d.items()), list(zip(d.keys(), d.values())) == list(d.items()))
print({k: v for k, v in d.items() if v > 1})
print(list(map(lambda kv: kv[0] * kv[1], d.items())))
