N = 90000
# String handling: bounded += concatenation, join, %-formatting,
# str.format, f-strings, slicing, find/replace/split/upper.  Each line is
# built to a bounded length so the work is linear in N.


def main(n):
    lines = []
    for i in range(n):
        s = ""
        for k in range(8):
            s += str(i + k)
            s += ","
        s = s + "%d:%s" % (i, "x" * (i % 7)) + "{}|{}".format(i % 13, -i)
        s += f"<{i % 100}>"
        lines.append(s)
    text = "\n".join(lines)
    checksum = len(text)
    for line in lines:
        head = line[:6]
        tail = line[-5:]
        mid = line[3:12]
        checksum += len(head) + len(tail) + len(mid)
        checksum += line.find("x")
        parts = line.split(",")
        checksum += len(parts)
        checksum += len(line.replace(",", ";;").upper())
        checksum += len("-".join(reversed(parts)))
    words = text.split()
    return checksum, len(words), text[:24], text[-16:]


c, w, a, b = main(N)
print("string_build", N, c, w, a, b)
