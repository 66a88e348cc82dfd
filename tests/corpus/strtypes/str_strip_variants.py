# strip family: ASCII whitespace (non-ASCII whitespace: circuitpython/str_case_ascii_only.py), explicit
# character sets, None
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print(repr("\x0b\t hi \n\x0c".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("éaé".strip("é")), repr("hello".strip("")), repr("hello".strip(None)), repr("".strip()))
print(repr("<<a>>".lstrip("<")), repr("<<a>>".rstrip(">")), repr("aaa".strip("a")))
print(repr("0012300".strip("0")), repr("www.example.com".strip("cmowz.")))
print(b"  x  ".strip(), b"\x1cx\x1c".strip(), b"abcba".strip(b"ab"), bytearray(b" y ").strip())
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("x"), "a.py".removesuffix(".py"))
print("".removeprefix(""), "abc".removesuffix(""), b"abc".removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))
