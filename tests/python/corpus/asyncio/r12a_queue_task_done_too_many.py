# test_queues: test_task_done_underflow, uncaught
import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait("job")
    job = await q.get()
    print("processing", job)
    q.task_done()
    q.task_done()

asyncio.run(main())
