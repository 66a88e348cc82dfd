# split/rsplit with and without a separator, maxsplit, and non-ASCII text (whitespace is ASCII's on the device:
# non-ASCII and \x1c-\x1f separators are in circuitpython/str_case_ascii_only.py)
s = "  alpha beta\tgamma\n delta  "
print(s.split())
print(s.split(None, 1), s.split(None, 0), s.split(maxsplit=2))
print(s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "abc".split("abc"))
print("x y\tz\x0bw".split(), "é,ü,ö".split(","), "é ü".rsplit(None, 1))
print("1\x0c2\r3".split(), b"1\x1c2 3".split())
try:
    "abc".split("")
except ValueError:
    print("ValueError")
try:
    "abc".split(1)
except TypeError:
    print("TypeError")
