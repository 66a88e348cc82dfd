class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    @classmethod
    def from_hex(cls, s):
        s = s.lstrip("#")
        return cls(int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))
    @classmethod
    def gray(cls, v):
        return cls(v, v, v)
print(Color.from_hex("#ff8000").rgb, Color.gray(7).rgb)
class Sub(Color):
    pass
print(type(Sub.gray(1)).__name__)
