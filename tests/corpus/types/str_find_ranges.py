s = "abcabcabc"
for start, end in ((0, 9), (1, 9), (4, 7), (-3, None), (5, 2)):
    print(start, end, s.find("abc", start, end), s.rfind("abc", start, end), s.count("abc", start, end))
