import asyncio


async def produce(out_q):
    for n in range(1, 6):
        await out_q.put(n)
    await out_q.put(None)


async def square(in_q, out_q):
    while (n := await in_q.get()) is not None:
        await asyncio.sleep(0.005)
        await out_q.put(n * n)
    await out_q.put(None)


async def report(in_q):
    total = 0
    while (sq := await in_q.get()) is not None:
        total += sq
        print(f"got {sq:2d}, running total {total}")
    return total


async def main():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    _, _, total = await asyncio.gather(produce(q1), square(q1, q2), report(q2))
    print("sum of squares:", total)


asyncio.run(main())
