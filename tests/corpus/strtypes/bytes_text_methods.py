# text methods of bytes and bytearray (ASCII rules, byte values, int needles)
b = b"Hello, World\xff"
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"W"), b.rindex(108), b.count(b"l"), b.count(108))
print(b.startswith(b"He"), b.startswith((b"x", b"Hel")), b.endswith(b"\xff"), b.endswith(b"d", 0, -1))
print(b.split(b", "), b.rsplit(b"o", 1), b"a b\tc\n".split(), b"a\nb\r\nc\r".splitlines(), b"a\nb".splitlines(True))
print(b.partition(b", "), b.rpartition(b"o"), b.partition(b"#"), b"-".join([b"a", bytearray(b"b"), b"c"]))
print(b.replace(b"l", b"L", 2), b.lower(), b.upper(), b.strip(b"H\xff"), b"\tx\x0b".strip())
print(b"a\tb".expandtabs(4), b"12".zfill(5), b"x".center(5, b"*"), b"abc".ljust(5, b"."), b"abc".rjust(5))
print(bytearray(b"a,b").split(b","), bytearray(b"-").join([b"x", b"y"]), type(bytearray(b"ab").upper()).__name__)
print(b"1 2".split(None, 0), b" 1 2 ".rsplit(None, 1), b"".split(), b"".split(b","))
for bad in (lambda: b.find("o"), lambda: b.split(","), lambda: b"-".join(["a"]), lambda: b.count(300)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
