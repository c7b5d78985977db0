# task_done called too many times on a queue.
import asyncio

async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    while not q.empty():
        print("item", await q.get())
        q.task_done()
    q.task_done()

asyncio.run(main())
