class Builder:
    def __init__(self):
        self.parts = []
    def __call__(self, part):
        self.parts.append(part)
        return self
    def __str__(self):
        return "-".join(self.parts)
print(str(Builder()("a")("b")("c")))
