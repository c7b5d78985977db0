# A global Queue filled in one asyncio.run and awaited empty in another
import asyncio

q = asyncio.Queue()

async def fill():
    for i in range(2):
        await q.put(i)
    print("filled", q.qsize())

async def drain():
    items = [await q.get() for _ in range(2)]
    print("drained", items)
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except asyncio.TimeoutError:
        print("nothing more")

asyncio.run(fill())
asyncio.run(drain())
try:
    asyncio.run(drain())
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" at 0x")[0], "...", str(e).split(">")[-1])
