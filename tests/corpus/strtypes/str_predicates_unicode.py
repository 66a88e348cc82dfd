# is* predicates over ASCII and empty strings (non-ASCII text: circuitpython/str_case_ascii_only.py, as
# CircuitPython's character classes are ASCII-only)
for s in ("", "abc", "ABC", "Abc Def", "abc1", "123", " \t", "\x0b\x0c", "a b", "_x1", "1x", "x\x00", "ECOLE"):
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
for b in (b"", b"abc", b"AB", b"a1", b"12", b" \t", b"\xe9", b"Ab Cd"):
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
