# str case mapping, character classes and whitespace on non-ASCII text, as CircuitPython has them.
# py/unicode.c: unichar_toupper/unichar_tolower change only a-z/A-Z; unichar_isupper, islower, isalpha,
# isdigit and isspace are `c < 128 && ...` (isspace: space, \t, \n, \v, \f, \r). py/objstr.c applies them byte
# by byte (str_caseconv, str_uni_istype), and every byte of a non-ASCII character is >= 0x80: such characters
# are uncased, never changed and in no class. swapcase, title, capitalize, casefold, isalnum, istitle,
# isdecimal, isnumeric and isprintable are not CircuitPython methods; ours use the same ASCII rules.

# ASCII text: unchanged behaviour.
a = "Hello, wORLD! it's 42"
print(a.upper(), a.lower(), a.swapcase(), a.title(), a.capitalize(), a.casefold())
print(a.isalpha(), "Abc1".isalnum(), "42".isdigit(), " \t".isspace(), "AB1".isupper(), "ab1".islower(), "Ab Cd".istitle())

# upper/lower: str_caseconv with unichar_toupper/unichar_tolower, ASCII letters only.
for s in ("héllo wörld", "ÉCOLE", "straße", "ΣΑΣ ΟΔΟΣ", "ǅx", "İstanbul", "Ünïcödé 123 ABC xyz"):
    print(s.upper(), s.lower())
print("É".lower() == "é", "é".upper() == "É", "straße".upper() == "STRAßE")

# swapcase/title/capitalize/casefold: the same ASCII mapping; a non-ASCII letter is uncased, so title()
# starts a new word after it.
for s in ("héllo wörld", "ÉCOLE", "straße", "éa bc", "ǅx"):
    print(s.swapcase(), s.title(), s.capitalize(), s.casefold())

# Predicates: str_uni_istype; isupper/islower look at ASCII letters only and need at least one.
for s in ("é", "ÉCOLE", "½", "²", "٣", "\u3000", "\xa0", "\x1c", "ß", "aé", "A É", "é1"):
    print("+".join(hex(ord(c)) for c in s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isprintable())

# Whitespace for split()/strip() is unichar_isspace's (str_split) and " \t\n\r\v\f" (str_uni_strip).
print(len("x\u3000y\u2003z\xa0w".split()), "a\x1cb\x1fc d".split() == ["a\x1cb\x1fc", "d"])
print(len("\u3000 hi \xa0".strip()), "\u2028hi\n".strip() == "\u2028hi", " \t\n\x0b\x0c\rx \t\n\x0b\x0c\r".strip())

# int()/float() skip unichar_isspace around the number (py/parsenum.c), nothing else.
print(int(" \t12\x0b\n"), float("\x0c2.5\x0b"))
for text in ("\u30001", "1\xa0", "\x1c2"):
    for conv in (int, float):
        try:
            conv(text)
        except ValueError:
            print(conv.__name__, "ValueError")
