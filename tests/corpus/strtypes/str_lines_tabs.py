# splitlines over every line boundary str knows, and expandtabs columns
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n\n".splitlines(), "x\n\n".splitlines(keepends=True))
print(b"a\x0bb\x1cc\nd".splitlines())
for t in ("a\tb", "abcd\te", "\t", "ab\n\tc", "é\tx", "a\r\tb"):
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-1)))
