# str.maketrans and str.translate
t = str.maketrans("abc", "xyz")
print("aabbcc-d".translate(t), t[97], t[99])
t2 = str.maketrans("ab", "AB", "xyz")
print("abxcyz".translate(t2), t2[120])
t3 = str.maketrans({"a": "α", "b": None, 99: 67})
print("abcd".translate(t3), t3[97], 98 in t3)
print("hello".translate({108: "LL"}), "hello".translate({}), "héllo".translate({233: "e"}))
print("abc".translate(["0", "1"] * 50))
for bad in (lambda: str.maketrans("ab", "a"), lambda: str.maketrans({"ab": 1})):
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    str.maketrans("ab")
except TypeError:
    print("TypeError")
