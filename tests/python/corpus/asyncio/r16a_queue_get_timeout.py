# A get() with wait_for timing out leaves the queue usable; the item put later is not lost
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print('no item within 0.1 s')
    q.put_nowait('late')
    print('size', q.qsize())
    print(await asyncio.wait_for(q.get(), 0.1))
    print('empty', q.empty())

asyncio.run(main())
