class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
b = Both()
print(bool(b), len(b), "t" if b else "f")
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
