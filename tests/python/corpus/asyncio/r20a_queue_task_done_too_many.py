# task_done called more times than items: ValueError; get_nowait on empty queue: QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull, full() =', q.full())
    print(q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))


asyncio.run(main())
