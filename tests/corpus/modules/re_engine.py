# The regular-expression engine: quantifiers (greedy and lazy), backtracking, alternation, groups, classes,
# anchors, flags and syntax errors.
import re

# lazy quantifiers
print(re.match(r"<.*?>", "<a><b>").group(), re.match(r"<.+?>", "<><b>").group(), re.match(r"a??b", "ab").group())
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(a{2,3}?)(a*)", "aaaa").groups(), re.findall(r"\d+?", "123"))
# backtracking
print(re.match(r"(a+)ab", "aaaab").groups(), re.match(r"(.*)(\d+)", "abc123").groups(), re.match(r"(.*?)(\d+)", "abc123").groups())
print(re.match(r"(a|ab)*c", "ababac").group(), re.match(r"(a|aa)*c", "a" * 20 + "c").span(), re.match(r"(a|aa)*c", "a" * 18))
print(re.match(r"(x+x+)+y", "xxxxy").groups(), re.search(r"(\w+)\s+\1", "hello hello world").group(1))
# alternation
print(re.findall(r"cat|dog|bird", "dog cat fish bird"), re.match(r"(?:ab|a)(?:bc|c)", "abc").group())
print(re.match(r"a(b|c|)d", "ad").groups(), re.findall(r"(a)|(b)", "ab"), re.sub(r"(red|blue)", r"<\1>", "red or blue"))
# groups and named groups
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "2024-05")
print(m.groups(), m.groupdict(), m.group("year", "month"), m.span("month"), m.start("day"))
print(re.match(r"((a)(b(c)))", "abc").groups(), re.match(r"(a)*", "aaa").groups(), re.match(r"(a*)*", "b").groups())
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.sub(r"(?P<w>\w+)", r"\g<w>!", "hi there"), re.compile(r"(a)(?:b)(c)").groups)
# counted repetition
print(re.match(r"a{3}", "aaaa").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,}", "aaaaa").group())
print(re.match(r"(ab){2}", "ababab").group(), re.match(r"a{0}b", "b").group(), re.match(r"\d{1,2}:\d{2}", "9:05").group())
print(re.match(r"x{2,3}?", "xxx").group(), re.match(r"a{,3}", "aaaaa").group(), re.match(r"a{3}", "aa"))
# classes and escapes
print(re.findall(r"[a-cx-z]+", "abcdxyzw"), re.findall(r"[^\d\s]+", "ab 12 cd3"), re.findall(r"[\w.-]+@[\w.]+", "x: a.b-c@d.org"))
print(re.findall(r"[-a]", "a-b"), re.findall(r"[a-]", "a-b"), re.findall(r"[\]\\]", "a]\\"), re.findall(r"\x41\u00e9\t", "A\u00e9\t"))
print(re.findall(r"\D+", "ab12cd"), re.findall(r"\S+", " a b "), re.findall(r"\W", "a,b c"), re.findall(r"\bfoo\b", "foo foobar foo"))
print(re.findall(r"\Boo\B", "foo boot"), re.findall(r"\.", "a.b.c"), re.split(r"[;,]\s*", "a; b,c"))
# anchors and flags
print(re.findall(r"^\w+", "one\ntwo", re.M), re.findall(r"\w+$", "one\ntwo\n", re.M), re.findall(r".+", "a\nb", re.S))
print(re.findall(r"[A-Z]+", "abCD", re.I), re.match(r"(?is)A.B", "a\nb").group() == "a\nb", re.search(r"^$", "a\n\nb", re.M).span())
print(re.match(r"(a)\1", "aA", re.I).group(), re.search(r"\Aa", "ba"), re.match(r"colou?r$", "colour").group(), re.I | re.M == 10)
# lookaround (CPython syntax kept from the previous engine)
print(re.findall(r"\w+(?=!)", "hi! yo no!"), re.findall(r"(?<!\d)\d\d(?!\d)", "1 22 333 44"), re.search(r"(?<=ab)c", "abc").span())
# finditer / sub / split with empty matches
print([m.span() for m in re.finditer(r"a*", "baa")], re.sub(r"\b", "|", "ab cd"), re.split(r"\b", "ab cd"))
print(re.sub("", "-", "abc"), re.findall(r"a|", "bab"), re.fullmatch(r"a*?", "aaa").group(), re.fullmatch(r"(a|ab)(c|bcd)", "abcd").groups())
# pos / endpos
p = re.compile(r"\w+")
print(p.search("ab cd", 2).group(), p.match("ab cd", 3).group(), p.search("abcd", 0, 2).group(), p.match("ab", 5), p.fullmatch("abcd", 1, 3).group())
print(re.compile(r"^b").search("ab", 1), re.compile(r"b$").search("abc", 0, 2).span())
# errors
for bad in (r"a(?=b", r"*a", r"a{3,2}", r"(?P<a>x)(?P<a>y)", r"(?P=nope)", r"\1", r"[z-a]", r"(?<=a+)b", r"a)", r"\q", r"a|*", r"(?Px)"):
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error:
        print("error", repr(bad))
