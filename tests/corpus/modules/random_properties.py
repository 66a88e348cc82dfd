import random
random.seed(1)
vals = [random.random() for _ in range(100)]
print(all(0 <= v < 1 for v in vals), len(set(vals)) > 90)
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) <= {1, 2, 3, 4, 5, 6})
r = [random.randrange(0, 10, 2) for _ in range(50)]
print(all(x % 2 == 0 and 0 <= x < 10 for x in r))
seq = ["a", "b", "c"]
print(random.choice(seq) in seq, 0 <= random.uniform(2, 3) - 2 <= 1, random.getrandbits(8) < 256)
