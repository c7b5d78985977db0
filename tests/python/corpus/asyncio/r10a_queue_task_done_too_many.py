import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    await q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    q.task_done()

asyncio.run(main())
