squares = {x * x % 10 for x in range(100)}
print(sorted(squares), len(squares), 4 in squares, 2 in squares)
