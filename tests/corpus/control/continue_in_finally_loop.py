out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError
        out.append(i)
    except ValueError:
        out.append("odd")
        continue
    finally:
        out.append("f")
    out.append("end")
print(out)
