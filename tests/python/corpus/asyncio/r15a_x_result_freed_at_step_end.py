# An awaited future's or task's result outlives 'del' until the awaiting task's step ends, as CPython's wake-up handle holds it
import asyncio

class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("Res freed", self.n)

async def make(n):
    await asyncio.sleep(0)
    return Res(n)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, Res(1))
    r = await fut
    del fut, r
    print("after del 1")
    r = await asyncio.create_task(make(2))
    del r
    print("after del 2")
    r = await make(3)
    del r
    print("after del 3")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
