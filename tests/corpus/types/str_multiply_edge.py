print("ab" * 3, "ab" * 0, "ab" * -2, "" * 5, 3 * "-")
print(("a" * 100).count("a"), len("xy" * 1000))
