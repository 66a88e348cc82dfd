# flags: --fast
import asyncio
async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
async def consume(name, n, delay):
    got = []
    async for v in ticker(n, delay):
        got.append(v)
        print(name, v)
    return got
async def main():
    a = asyncio.create_task(consume("a", 3, 0.01))
    b = asyncio.create_task(consume("b", 2, 0.025))
    print(await a, await b)
    agen = ticker(2, 0)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("done")
asyncio.run(main())
