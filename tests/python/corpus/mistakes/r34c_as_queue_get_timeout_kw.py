# queue.get(timeout=...) copied from the threading queue module
import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait("first")
    print(await q.get())
    item = await q.get(timeout=0.1)
    print(item)

asyncio.run(main())
