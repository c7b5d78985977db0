# A three-stage pipeline with queues: numbers -> factorials -> formatted lines, ended by None sentinels.
import asyncio


async def produce(out_q, numbers):
    for n in numbers:
        await out_q.put(n)
        await asyncio.sleep(0.01)
    await out_q.put(None)


async def compute(in_q, out_q):
    while (n := await in_q.get()) is not None:
        r = 1
        for i in range(2, n + 1):
            r *= i
        await out_q.put((n, r))
    await out_q.put(None)


async def format_lines(in_q):
    lines = []
    while (item := await in_q.get()) is not None:
        n, r = item
        lines.append(f"{n:>3}! = {r:>20,}")
    return lines


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=1)
    _, _, lines = await asyncio.gather(produce(q1, [5, 10, 15, 20]), compute(q1, q2), format_lines(q2))
    print("\n".join(lines))


asyncio.run(main())
