# flags: --fast
import asyncio

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(name, i)
    return name + " done"

async def main():
    t1 = asyncio.create_task(worker("a", 0.03, 3))
    t2 = asyncio.create_task(worker("b", 0.05, 2))
    print("started")
    r = await asyncio.gather(t1, t2)
    print(r)
    ev = asyncio.Event()
    async def waiter():
        print("waiting")
        await ev.wait()
        print("event set", ev.is_set())
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    await w
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0.01)
            print("out", n)
    await asyncio.gather(locked(1), locked(2))
    try:
        await asyncio.wait_for(worker("slow", 1, 1), 0.02)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(worker("c", 0.01, 1), 1))

asyncio.run(main())
