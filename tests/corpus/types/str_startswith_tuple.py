names = ["test_a.py", "main.py", "test_b.txt", "readme.md"]
print([n for n in names if n.startswith("test_")])
print([n for n in names if n.endswith((".py", ".md"))])
print([n for n in names if n.startswith(("main", "read"))])
