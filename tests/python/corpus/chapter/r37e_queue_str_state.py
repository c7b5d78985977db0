# printing str() of a queue shows what is inside it
import asyncio

async def producer(q, items):
    for item in items:
        await q.put(item)
        print('put', item, '->', str(q))

async def consumer(q, n):
    for _ in range(n):
        item = await q.get()
        q.task_done()
        print('got', item, '->', str(q))

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    await asyncio.gather(producer(q, ['a', 'b', 'c']), consumer(q, 3))
    print(str(q), q.full(), q.maxsize)

asyncio.run(main())
