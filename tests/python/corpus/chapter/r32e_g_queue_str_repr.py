# printing a Queue to see what's in it
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    await q.put('a')
    await q.put('b')
    print(str(q))
    print(await q.get())
    q.task_done()
    print(str(q))
    print('full?', q.full(), 'size', q.qsize(), 'max', q.maxsize)

asyncio.run(main())
