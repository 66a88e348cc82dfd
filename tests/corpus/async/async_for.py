class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def main():
    total = 0
    async for v in Ticker(3):
        print("tick", v)
        total += v
    async for v in Ticker(0):
        print("never")
    else:
        print("else of async for")
    return total
try:
    main().send(None)
except StopIteration as e:
    print("total", e.value)
