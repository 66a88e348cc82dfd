async def leaf(x):
    return x * 2
async def mid(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b
async def top():
    results = []
    for i in range(3):
        results.append(await mid(i))
    return results
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(top()))
