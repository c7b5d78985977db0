# join() returns once task_done() was called for every item; one task_done too many is a ValueError.
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        print('processed', item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q))
    await q.join()
    print('all processed; unfinished =', q._unfinished_tasks)
    c.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    await asyncio.sleep(0)
    print('consumer cancelled:', c.cancelled())

asyncio.run(main())
