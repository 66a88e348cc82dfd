print("a\\b", "a\tb", "a\x20b", "\u00e9", "\u20ac" == "€")
print(len("\\n"), len("\x41"), "\101\102", "\0" == "\x00")
print("line1\
continued")
print(repr("\a\b\f\v"))
