g = (x * x for x in range(5))
print(type(g).__name__ == "generator", list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "hello" if x != "l"))
print(sorted(x % 3 for x in range(10)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
n = 10
g = (n * i for i in range(3))
n = 100
print(list(g))
