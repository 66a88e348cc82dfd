async def apply(f, x):
    return await f(x)
async def double(x):
    return x * 2
async def main():
    fs = [double, double]
    v = 1
    for f in fs:
        v = await apply(f, v)
    return v
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(double).__name__)
