# A Condition: a producer announces numbers, a consumer computes each factorial when notified.
import asyncio


async def producer(cond, box):
    for n in [4, 6, None]:
        await asyncio.sleep(0.03)
        async with cond:
            box.append(n)
            cond.notify()


async def consumer(cond, box):
    results = []
    while True:
        async with cond:
            await cond.wait_for(lambda: box)
            n = box.pop(0)
        if n is None:
            return results
        f = 1
        for i in range(2, n + 1):
            f *= i
        results.append((n, f))


async def main():
    cond = asyncio.Condition()
    box = []
    _, results = await asyncio.gather(producer(cond, box), consumer(cond, box))
    print(results)


asyncio.run(main())
