# a task holds a resource with __del__; the task gets cancelled
import asyncio

class Resource:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("released", self.n)

async def job(n):
    r = Resource(n)
    await asyncio.sleep(0.5)
    return r.n

async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2))
    await asyncio.sleep(0.01)
    t1.cancel()
    await asyncio.sleep(0.01)
    print("t1 cancelled:", t1.cancelled())
    del t1
    print("t1 dropped")
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled")
    print("main ends")

asyncio.run(main())
print("after run")
