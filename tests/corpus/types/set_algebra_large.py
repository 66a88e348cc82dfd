evens = set(range(0, 50, 2))
threes = set(range(0, 50, 3))
print(len(evens), len(threes), sorted(evens & threes), len(evens | threes), len(evens - threes), len(evens ^ threes))
