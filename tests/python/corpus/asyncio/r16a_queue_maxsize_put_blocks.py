# A Queue with maxsize 2: put() waits until a get() frees a slot; full()/qsize() along the way
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

rounds = [0]

async def producer(q, loop, t0):
    for i in range(4):
        await q.put(i)
        print('put', i, 'in round', rounds[0], 'size', q.qsize(), 'full', q.full())

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q, loop, t0))
    await asyncio.sleep(0.1)
    for _ in range(4):
        print('got', await q.get(), 'in round', rounds[0])
        rounds[0] += 1
        await asyncio.sleep(0.1)
    await p
    print('empty', q.empty(), 'maxsize', q.maxsize)

asyncio.run(main())
