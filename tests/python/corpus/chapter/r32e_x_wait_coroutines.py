# asyncio.wait given coroutines directly, the way some old tutorials do
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    done, pending = await asyncio.wait([worker(1), worker(2)])
    print(sorted(t.result() for t in done))

asyncio.run(do_something())
