class Suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return "resumed with " + str(got)
async def task():
    r1 = await Suspend("first")
    print(r1)
    r2 = await Suspend("second")
    print(r2)
    return "done"
c = task()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
