import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("job1")
    print(q.get_nowait())
    print(q.get_nowait())

asyncio.run(main())
