# Queue.task_done() more times than items, join() with nothing pending, maxsize 0
import asyncio

async def main():
    q = asyncio.Queue()
    print('maxsize', q.maxsize, 'full', q.full())
    await q.put('a')
    await q.put('b')
    print(q.qsize(), await q.get())
    q.task_done()
    print('join pending:', q._unfinished_tasks)
    q.task_done()
    await asyncio.wait_for(q.join(), 0.1)
    print('joined')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    print('left in queue:', q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait(1)
    try:
        bq.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull', bq.full())

asyncio.run(main())
