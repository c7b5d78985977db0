# Mistake: three results collected with as_completed, then results[3] asked for (IndexError).
import asyncio


async def worker(label, delay):
    await asyncio.sleep(delay)
    return label


async def main():
    results = []
    for coro in asyncio.as_completed([worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]):
        results.append(await coro)
    print('first:', results[0])
    print('second:', results[1])
    print('third:', results[3])


asyncio.run(main())
