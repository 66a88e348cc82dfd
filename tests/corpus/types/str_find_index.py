s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("zzz"), s.find(""), s.find("o", 5, 8))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("zzz"))
print(s.index("world"), s.rindex("l"))
try:
    s.index("nope")
except ValueError:
    print("ValueError index")
try:
    s.rindex("nope")
except ValueError:
    print("ValueError rindex")
print(s.find("l", -5), s.find("h", -100), "abc".find("c", 10))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 3, 10))
