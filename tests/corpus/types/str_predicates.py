tests = ["123", "abc", "ABC", "aBc", "a1", " ", "\t\n", "", "12.5", "Abc Def", "abc!"]
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
print("A1".isupper(), "a1".islower(), "1".isupper())
