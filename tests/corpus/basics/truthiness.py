vals = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, range(0), range(1), b"", b"\x00", bytearray()]
print([bool(v) for v in vals])
class Z:
    def __len__(self):
        return 0
class T:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Z()), bool(T()), bool(Plain()))
print("yes" if Z() else "no", "yes" if [None] else "no")
