for s in ("abc", "ABC", "Abc", "123", "12a", " ", "", "a b", "_"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
