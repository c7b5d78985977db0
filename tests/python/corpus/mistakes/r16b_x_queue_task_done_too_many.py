# Queue.task_done() called once more than items were taken
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("a")
    item = await q.get()
    print("got", item)
    q.task_done()
    q.task_done()

asyncio.run(main())
