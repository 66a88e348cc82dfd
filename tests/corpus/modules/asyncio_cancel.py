# flags: --fast
import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def fails():
    await asyncio.sleep(0.005)
    raise ValueError("bad")

async def value(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    t = asyncio.create_task(forever("f"))
    await asyncio.sleep(0.025)
    print(t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaited cancelled task")
    print(t.done())
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    r = await asyncio.gather(value(1, 0.02), fails(), value(3, 0.01), return_exceptions=True)
    print([type(x).__name__ for x in r], r[0], r[2])
    try:
        await asyncio.gather(value(1, 0.01), fails())
    except ValueError as e:
        print("gather raised", e)
    t2 = asyncio.create_task(value("x", 0.01))
    print(await t2, t2.done())
    order = []
    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(step("a"), step("b"))
    print(order)
    print(await asyncio.wait_for(value(5, 0), 0.5))
    return "main result"

print(asyncio.run(main()))
