# PriorityQueue orders by the tuple; equal priorities fall back to the next field
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'm'), (1, 'c')]:
        q.put_nowait(item)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    q.put_nowait((1, {'x': 1}))
    try:
        q.put_nowait((1, {'y': 2}))
    except TypeError as e:
        print('TypeError:', e)
    print('size after the failed put', q.qsize())

asyncio.run(main())
