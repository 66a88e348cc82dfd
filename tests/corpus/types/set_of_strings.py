words = "the cat and the hat and the bat".split()
u = set(words)
print(len(u), sorted(u))
print("cat" in u, "dog" in u)
print(sorted(u - {"the", "and"}), sorted(u & {"hat", "mat"}))
print(sorted(set("abracadabra")), "".join(sorted(set("banana"))))
try:
    {[1]}
except TypeError:
    print("TypeError")
