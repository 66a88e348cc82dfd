print("" in "", "" in "abc", "a" in "", "bc" in "abc", "abd" in "abc", "é" in "café", "fé" in "café", "cafés" in "café")
print(b"" in b"", b"" in b"abc", b"bc" in b"abc", b"abd" in b"abc", 98 in b"abc", b"c" in bytearray(b"abc"), bytearray(b"ab") in b"zab")
try:
    1 in "abc"
except TypeError as e:
    print(e)
print("aab" in "aaab", "abab" in "abaabab", "abab" in "abaab", b"aab" in b"aaab", "\n" in "a\nb")
