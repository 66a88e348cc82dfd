# case mappings of ASCII text for str, bytes and bytearray (non-ASCII text: circuitpython/str_case_ascii_only.py,
# as CircuitPython's case mapping is ASCII-only)
for s in ("hello World", "ECOLE", "strasse", "they're bill's", "a1b2 c3", "dZx"):
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("StraSSe".casefold(), "ECOLE".casefold() == "ecole")
print(b"hello World \xe9".upper(), b"HELLO \xc9".lower(), b"aBc".swapcase(), b"ab cd".title(), b"aBC".capitalize())
print(bytearray(b"mixed Case").upper(), bytearray(b"mixed Case").swapcase())
