# Mistake: calling task_done() more times than items were put raises ValueError.
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("processing", item)
        q.task_done()
        if item == 2:
            q.task_done()   # oops, called twice

async def main():
    q = asyncio.Queue()
    for i in range(1, 4):
        q.put_nowait(i)
    task = asyncio.create_task(consumer(q))
    await asyncio.sleep(0.01)
    print("task done?", task.done())
    print(repr(task.exception()))
    print("unfinished left:", q._unfinished_tasks, "qsize:", q.qsize())

asyncio.run(main())
