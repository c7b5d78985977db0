# consumer awaits q.get without calling it
import asyncio

async def consumer(q):
    item = await q.get
    print("got", item)

async def main():
    q = asyncio.Queue()
    await q.put("job-1")
    await consumer(q)

asyncio.run(main())
