s = ""
for c in "abc":
    s = c + s
print(s)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
vowels = sum(1 for c in "programming in python" if c in "aeiou")
print(vowels)
