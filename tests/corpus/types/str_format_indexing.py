data = {"name": "Ada", "langs": ["py", "rs"]}
print("{0[name]} knows {0[langs][1]}".format(data))
print("{a}{b}{a}".format(a="x", b="y"), "{0}{1}{0}".format("p", "q"))
print("{:>{}}".format("r", 4), "{:.{}f}".format(3.14159, 2))
