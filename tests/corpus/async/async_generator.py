async def agen(n):
    for i in range(n):
        yield i * i
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
