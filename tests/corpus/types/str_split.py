print("a b  c".split(), "a,b,,c".split(","), " x ".split(" "))
print("a,b,c".split(",", 1), "a b c d".split(None, 2), "".split(), "".split(","))
print("  lead trail  ".split(), "one".split("x"), "abab".split("ab"))
print("a,b,c".rsplit(",", 1), "a b c".rsplit(None, 1), " a b ".rsplit())
print("1--2--3".split("--"), "x".split("x"), "a\tb\nc".split())
try:
    "a".split("")
except ValueError:
    print("ValueError empty sep")
print("a,b".split(",", -1), "a,b,c".rsplit(",", 0))
