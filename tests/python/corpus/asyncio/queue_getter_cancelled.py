# A getter cancelled while waiting on an empty Queue loses nothing: the next getter gets the item.
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, 'got', item)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting')
        raise

async def main():
    q = asyncio.Queue(maxsize=1)
    first = asyncio.create_task(getter('first', q))
    second = asyncio.create_task(getter('second', q))
    await asyncio.sleep(0.01)
    first.cancel()
    await q.put('only item')
    await asyncio.gather(first, second, return_exceptions=True)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull; full:', q.full(), 'maxsize:', q.maxsize)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty; empty:', q.empty())

asyncio.run(main())
