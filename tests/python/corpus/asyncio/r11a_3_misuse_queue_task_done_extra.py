import asyncio


async def main():
    q = asyncio.Queue()
    await q.put("job")
    job = await q.get()
    print("got", job)
    q.task_done()
    q.task_done()


asyncio.run(main())
