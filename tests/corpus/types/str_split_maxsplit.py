s = "a b c d e"
for n in range(-1, 5):
    print(n, s.split(" ", n), s.rsplit(" ", n))
