# A second get() on an empty Queue, ended by wait_for
import asyncio
async def main():
    q = asyncio.Queue()
    await q.put(1)
    print(await q.get())
    print(await asyncio.wait_for(q.get(), 0.05))
asyncio.run(main())
