print("".join(chr(c) for c in range(32, 127)))
print([c for c in "Hello, World!" if c.isupper()], [c for c in "a1 b2" if c.isdigit()])
