for c in "Az09 ~\té€":
    print(repr(c), ord(c), chr(ord(c)) == c)
