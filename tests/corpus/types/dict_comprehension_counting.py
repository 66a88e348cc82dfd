text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = {}
for ch in "mississippi":
    letters.setdefault(ch, []).append(ch)
print({k: len(v) for k, v in letters.items()})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a").get("x", "none"))
