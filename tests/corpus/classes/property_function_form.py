class C:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx)
c = C()
c.x = 5
print(c.x)
class D(C):
    @property
    def x(self):
        return "overridden"
print(D().x)
