import re

m = re.match(r"(?P<key>\w+)=(?P<val>\d*)(x)?", "abc=42;")
print(m.group(), m.group(0), m.group(1), m.group("key"), m.group("val"), m.group(1, 2), m[2])
print(m.groups(), m.groups("dflt"), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start("val"), m.span(3))
print(repr(m), m.string)
for bad in (5, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
p = re.compile(r"a+b")
print(p, p.pattern, p.groups, re.compile(p) is p)
print(p.match("xaab"), p.search("xaab").span(), p.match("xaab", 1).group(), p.search("aab", 0, 2))
print(p.fullmatch("aab") is not None, p.fullmatch("aabc"), re.fullmatch("a|ab", "ab").group())
print(re.search("^b", "a\nb"), re.search("^b", "a\nb", re.M).span(), re.search("a$", "a\n").span(), re.search("a$", "a\nb"))
print(re.search("a$", "a\nb", re.MULTILINE).span(), re.match("a.c", "a\nc"), re.match("a.c", "a\nc", re.S).group() == "a\nc")
print(re.match("abc", "ABC", re.I).group(), re.match("(?i)abc", "AbC").group(), re.findall("[a-c]+", "xAbCd", re.IGNORECASE))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"(?P<n>\d)", r"<\g<n>\g<1>>", "a1b2"))
print(re.sub("a", "b", "aaaa", 2), re.sub("x*", "-", "abxd"), re.sub(r"\d", lambda m: m.group() * 2, "1a2"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("a", r"\n", "xax") == "x\nx", re.sub("a", "\\\\", "a"))
print(re.split(",", "a,b,,c"), re.split(r"(,)", "a,b"), re.split(",", "a,b,c", 1), re.split("x*", "axb"), re.split("(x)|y", "1x2y3"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(\d)x?", "1x2"), re.findall("z", "abc"))
print([m.span() for m in re.finditer(r"\d+", "a12b3")])
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(a+)+b", "aaab").group(1), re.match(r"(\w+?)(\d+)", "abc123").groups())
print(re.match(r"a{2}", "aaa").group(), re.match(r"a{2,}", "aaaa").group(), re.match(r"a{,2}", "aaa").group(), re.match(r"a{1,2}?", "aaa").group())
print(re.match(r"a{", "a{").group(), re.match(r"[]a]+", "]a]").group(), re.match(r"[^]]+", "ab]").group(), re.match(r"x}", "x}").group())
print(re.match(r"(a)(?:b)(?=c)", "abc").groups(), re.search(r"(?<=a)b", "ab").span(), re.match(r"(\w)\1", "aa").group(), re.match(r"(?P<x>a)(?P=x)", "aa").group())
print(re.match(r"\Aab\Z", "ab").group(), re.search(r"b\Z", "ab\n"), re.match(r"a(?#comment)b", "ab").group(), re.match("", "").span())
print(re.match("é+", "éé!").span(), re.search("b", "ééb").span(), re.sub("é", "e", "café"), re.split(r"\s", "a b\tc\nd"))
for bad in (r"(abc", r"[abc", r"a**", r"(?P<1>x)"):
    try:
        re.compile(bad)
    except re.error:
        print("error", repr(bad))
try:
    re.sub("a", r"\9", "a")
except re.error:
    print("error bad group")
try:
    re.match("a", 5)
except TypeError:
    print("TypeError")
