for s in ("ascii", "héllo", "€uro", ""):
    b = s.encode("utf-8")
    print(len(s), len(b), b, b.decode("utf-8") == s)
