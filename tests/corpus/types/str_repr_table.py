for s in ("", "a", "'", '"', "'\"", "\\", "\n", "\x7f", "é", "tab\tend"):
    print(repr(s), len(repr(s)))
