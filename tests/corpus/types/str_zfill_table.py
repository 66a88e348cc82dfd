for s in ("1", "-1", "+12", "abc", "-", "0.5", ""):
    print(repr(s.zfill(4)))
