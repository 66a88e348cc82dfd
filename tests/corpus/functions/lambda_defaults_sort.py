people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
by = lambda i: lambda p: p[i]
print(sorted(people, key=by(0), reverse=True)[0], min(people, key=by(1)))
