s = "prefix-body-suffix"
print(s.startswith("pre"), s.startswith("body"), s.startswith("body", 7), s.startswith(("x", "pre")))
print(s.endswith("suffix"), s.endswith("body", 0, 11), s.endswith(("a", "fix")), s.endswith(""))
print("".startswith(""), "a".startswith("ab"), s.startswith("-", 6))
print(s.startswith("fix", -6) if False else s.endswith("fix", -6))
