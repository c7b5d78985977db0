# When awaited results die after 'del': gather, sleep's result, wait_for, to_thread, Queue.get, errors, TaskGroup, as_completed, shield, futures
import asyncio

class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("  freed", self.n)
    def __repr__(self): return f"Res({self.n})"

async def make(n, d=0.01):
    await asyncio.sleep(d)
    return Res(n)

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError(Res("exc"))

async def main():
    r = await asyncio.gather(make(1), make(2)); del r; print("after gather")
    r = await asyncio.sleep(0.01, Res(3)); del r; print("after sleep result")
    r = await asyncio.wait_for(make(4), 1); del r; print("after wait_for")
    r = await asyncio.to_thread(Res, 5); del r; print("after to_thread")
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.01, q.put_nowait, Res(6))
    r = await q.get(); del r; print("after queue get")
    try:
        await boom()
    except ValueError as e:
        print("caught", e)
    print("after except")
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError:
        pass
    del t; print("after task except")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(make(7))
    r = t.result(); del r, t; print("after taskgroup")
    for c in asyncio.as_completed([make(8)]):
        r = await c; del r; print("after as_completed")
    r = await asyncio.shield(make(9)); del r; print("after shield")
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, Res(10))
    r = await fut; del r, fut
    print("after future, before sleep")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
