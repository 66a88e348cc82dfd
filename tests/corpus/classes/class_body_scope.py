class C:
    x = 1
    y = x + 1
    def method(self):
        return x
    z = [x]
    def __init__(self):
        self.w = C.y
x = "global"
c = C()
print(C.x, C.y, C.z, c.w, c.method())
class D:
    for i in range(3):
        pass
    last = i
print(D.last, D.i)
