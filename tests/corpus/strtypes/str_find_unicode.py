# find/index/count on non-ASCII text use character positions
s = "héllo wörld héllo"
print(s.find("l"), s.rfind("l"), s.find("ö"), s.index("wö"), s.rindex("é"))
print(s.find("l", 4), s.find("l", 4, 5), s.find("l", -6), s.rfind("l", 0, -3))
print(s.count("l"), s.count("l", 5), s.count("é", -5), s.count(""), "é€".count(""))
print(s.find(""), s.rfind(""), s.find("", 17), s.find("", 18), s.rfind("", 5, 2))
print(s.startswith("hé"), s.startswith("é", 1), s.endswith("llo"), s.endswith("wö", 0, 8))
print(s.startswith(("x", "hé")), s.endswith(("lo", "zz")), s.startswith("", 17), s.startswith("", 18))
print("abc".find("c", None, None), "abc".find("c", -100, 100), "aaaa".count("aa"))
for call in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("l", 5, 6)):
    try:
        call()
    except ValueError:
        print("ValueError")
try:
    s.startswith(["h"])
except TypeError:
    print("TypeError")
