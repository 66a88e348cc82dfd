# case mappings: Unicode for str, ASCII only for bytes
for s in ("hello World", "héllo wörld", "ÉCOLE", "straße", "ΣΑΣ ΟΔΟΣ", "they're bill's", "a1b2 c3", "ǅx"):
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("Straße".casefold(), "ÉCOLE".casefold() == "école")
print(b"hello World \xe9".upper(), b"HELLO \xc9".lower(), b"aBc".swapcase(), b"ab cd".title(), b"aBC".capitalize())
print(bytearray(b"mixed Case").upper(), bytearray(b"mixed Case").swapcase())
