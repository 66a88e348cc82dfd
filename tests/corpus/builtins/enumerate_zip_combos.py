names = ["a", "b", "c"]
scores = [90, 80, 70]
for rank, (n, s) in enumerate(zip(names, scores), 1):
    print(rank, n, s)
print(list(zip(*enumerate("xy"))))
print(dict(zip(names, zip(scores, range(3)))))
