def parse(s):
    if not s.isdigit():
        raise ValueError("not a number: " + s)
    return int(s)
print(parse("12"))
print(parse("1x"))
