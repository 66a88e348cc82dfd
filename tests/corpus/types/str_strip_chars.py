for s in ("xxabcxx", "abc", "xxx", "", "xaxbx"):
    print(repr(s.strip("x")), repr(s.lstrip("x")), repr(s.rstrip("x")))
