errors = []
for v in ["1", "a", None, "3", [1]]:
    try:
        errors.append(int(v))
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
