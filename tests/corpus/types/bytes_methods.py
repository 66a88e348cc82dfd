b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"))
print(b.startswith(b"He"), b.endswith(b"x"), b.count(b"l"), b.index(b"W"), b.strip(b"Hd"))
print(b" x ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"ab" * 2, b"a" + b"b")
print(b.isdigit(), b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"AB".isupper(), b"ab".islower())
print(b.center(16, b"*"), b"a b  c".split(), b"l1\nl2".splitlines())
print(b.decode(), b.hex(), bytes.fromhex("4865"), bytes.fromhex("ff00"))
