print("a-b-c".count("-"), "abc".index("c"), "ab".isalnum(), "x".join(["1", "2"]))
print("Hello".lower().startswith("he"), "  x".isspace(), "".isalpha(), "".isdigit())
s = "The rain in Spain"
print(s.lower().count("ain"), s.split(" ", 2), s.replace("ain", "AIN", 1))
print(s[s.find("rain"):s.find("rain") + 4], s.upper()[::3])
print("%-6s|%6s|" % ("ab", "cd"), "{:^7}".format("mid"))
print("abc".encode().decode() == "abc", str(b"abc", "ascii") if False else "ok")
print(":".join("%02d" % n for n in (9, 5, 30)))
