# Queue full and empty errors.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait('a'); q.put_nowait('b')
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait('c')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except asyncio.TimeoutError:
        print('get timed out')
    q.task_done() if False else None
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
