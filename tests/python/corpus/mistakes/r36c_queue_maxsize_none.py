# "no limit" for the queue, so I passed maxsize=None
import asyncio

async def main():
    q = asyncio.Queue(maxsize=None)
    print("created")
    await q.put("job")
    print(await q.get())

asyncio.run(main())
