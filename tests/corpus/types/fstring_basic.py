name, n = "world", 42
print(f"hello {name}", f"{n + 1}", f"{name!r}", f"{name!s}", f"{{literal}}", f"{n}{n}")
print(f"{'nested'}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }", f"{n if n > 0 else -n}")
x = 3.14159
print(f"{x:.2f}", f"{x:10.3f}|", f"{x:<10.1f}|", f"{n:>6}|", f"{n:^7}|", f"{n:*^7}")
width, prec = 8, 3
print(f"{x:{width}.{prec}f}|")
print(f"{'a' + 'b'}", f"{len('abc')}", f"{n=}" if False else "skip")
def f():
    return "called"
print(f"{f()} {f()!r}")
print(f"multi {n} "
      f"part {name}")
