s = "the quick brown fox"
for sub in ("quick", "Quick", "", "fox ", "x", "the quick brown fox", " "):
    print(repr(sub), sub in s, sub not in s)
