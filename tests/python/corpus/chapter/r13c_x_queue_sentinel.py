import asyncio

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.01)
        await queue.put(i)
        print(f'produced {i}')
    await queue.put(None)

async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        print(f'  consumed {item}, total {total}')
    return total

async def do_something():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 4), consumer(queue))
    print('total:', total, 'queue empty:', queue.empty())

asyncio.run(do_something())
