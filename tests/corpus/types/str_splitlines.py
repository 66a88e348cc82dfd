text = "line1\nline2\r\nline3\rline4\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "no newline".splitlines())
print("x\n".split("\n"), "x\n".splitlines())
