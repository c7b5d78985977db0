# get_nowait on empty and put_nowait on full raise QueueEmpty / QueueFull
import asyncio

async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(q.get_nowait(), q.qsize(), q.maxsize)
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
