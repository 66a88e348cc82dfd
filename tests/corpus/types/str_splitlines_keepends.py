for s in ("a\nb", "a\r\nb\n", "\n\n", "x", "a\rb"):
    print(s.splitlines(), s.splitlines(True))
