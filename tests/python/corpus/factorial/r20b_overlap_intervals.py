# Harness records each factorial's start and end on loop.time() and checks the intervals overlap.
import asyncio, itertools

spans = {}

async def factorial(n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    spans[n] = (start, loop.time())
    return result

async def main():
    await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    pairs = list(itertools.combinations(sorted(spans), 2))
    overlapping = sum(1 for a, b in pairs if spans[a][0] < spans[b][1] and spans[b][0] < spans[a][1])
    print(f'{overlapping}/{len(pairs)} pairs overlap')
    starts = [s for s, _ in spans.values()]
    print('started together:', max(starts) - min(starts) < 0.09)
    order = sorted(spans, key=lambda n: spans[n][1])
    print('finish order:', order)
    for n in sorted(spans):
        s, e = spans[n]
        print(f'{n}: at least {n} steps: {e - s >= n * 0.1 - 0.005}')

asyncio.run(main())
