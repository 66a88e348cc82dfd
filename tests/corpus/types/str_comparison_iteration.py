words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), max(words), min(words))
print("a" * 3 < "a" * 4, "Z" < "a", "10" < "9", ord("a") - ord("A"))
print([c for c in "héllo"], list(reversed("abc")), list(enumerate("ab")))
s = "hello"
print(s.__len__(), "h" in s, "hel" in s, "lo" not in s, s.__contains__("ell"))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""))
