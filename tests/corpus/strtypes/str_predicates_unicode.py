# is* predicates over ASCII, Unicode and empty strings
for s in ("", "abc", "ABC", "Abc Def", "abc1", "123", "½", "²", "٣", "é", " \t", "\u3000", "a b", "_x1", "1x", "x\x00", "ÉCOLE"):
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
for b in (b"", b"abc", b"AB", b"a1", b"12", b" \t", b"\xe9", b"Ab Cd"):
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
