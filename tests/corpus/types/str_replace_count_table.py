s = "a-a-a-a"
for n in (-1, 0, 1, 2, 10):
    print(n, s.replace("-", "+", n), s.replace("a", "bb", n))
