class Pause:
    def __await__(self):
        yield
async def job():
    try:
        await Pause()
        print("not reached")
    finally:
        print("cleanup on close")
j = job()
j.send(None)
j.close()
print("closed")
async def simple():
    return 1
s = simple()
s.close()
print("closed unstarted")
