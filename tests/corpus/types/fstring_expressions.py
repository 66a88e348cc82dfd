items = {"apple": 3, "kiwi": 12}
for name, qty in items.items():
    print(f"{name:<8}{qty:>4}{qty * 0.5:>8.2f}")
a, b = 7, 3
print(f"{a}/{b}={a / b:.3f}", f"{a}//{b}={a // b}", f"{a % b}", f"{[a, b]}", f"{(a, b)}")
print(f"{'x' * 3}", f"{a if a > b else b}", f"{str(a).zfill(3)}", f"{a:{'>'}{5}}")
print(f"{{}}", f"{{{a}}}", f"{a!r:>4}", f"{'q'!r}")
