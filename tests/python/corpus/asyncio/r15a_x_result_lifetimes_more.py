# When values die after 'del': from an async generator, wait()'s done set, a callback-set future, run_in_executor
import asyncio

class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("  freed", self.n)

async def gen():
    for n in ("g1", "g2"):
        await asyncio.sleep(0.01)
        yield Res(n)

async def make(n):
    await asyncio.sleep(0.01)
    return Res(n)

async def main():
    loop = asyncio.get_running_loop()
    async for r in gen():
        del r
        print("after async-for item")
    done, _ = await asyncio.wait([asyncio.create_task(make("w"))])
    del done
    print("after wait")
    fut = loop.create_future()
    loop.call_later(0.01, lambda: fut.set_result(Res("cb")))
    r = await fut
    del r, fut
    print("after callback future")
    r = await loop.run_in_executor(None, Res, "ex")
    del r
    print("after run_in_executor")
    r = await asyncio.ensure_future(make("ef"))
    del r
    print("after ensure_future")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
