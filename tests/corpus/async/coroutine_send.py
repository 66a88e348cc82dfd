async def add(a, b):
    return a + b
c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def outer():
    x = await add(1, 1)
    y = await add(x, 10)
    return x, y
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
