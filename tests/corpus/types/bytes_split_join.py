data = b"k1=v1;k2=v2;;k3"
parts = data.split(b";")
print(parts, [p.partition(b"=") for p in parts if p])
print(b",".join([b"a", b"bc"]), b" x y ".split(), b"a\nb".split(b"\n"))
print(b"abc".replace(b"b", b"BB"), b"aaa".count(b"a"), b"hello".startswith(b"he"), b"hello".endswith(b"lo"))
