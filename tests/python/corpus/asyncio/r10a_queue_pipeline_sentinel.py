import asyncio

SENTINEL = None

async def produce(q, n):
    for i in range(n):
        await q.put(i)
        print('produced', i)
    await q.put(SENTINEL)

async def square(qin, qout):
    while (item := await qin.get()) is not SENTINEL:
        await qout.put(item * item)
    await qout.put(SENTINEL)

async def consume(q):
    total = 0
    while True:
        item = await q.get()
        if item is SENTINEL:
            break
        print('consumed', item)
        total += item
    return total

async def main():
    a, b = asyncio.Queue(2), asyncio.Queue(2)
    _, _, total = await asyncio.gather(produce(a, 5), square(a, b), consume(b))
    print('total', total)

asyncio.run(main())
