async def fail():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await fail()
    except ValueError as e:
        return "caught " + e.args[0]
try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)
c = fail()
try:
    c.send(None)
except ValueError as e:
    print("propagated", e.args)
class Pause:
    def __await__(self):
        yield
async def waiting():
    try:
        await Pause()
    except KeyError:
        return "thrown in"
w = waiting()
w.send(None)
try:
    w.throw(KeyError)
except StopIteration as e:
    print(e.value)
