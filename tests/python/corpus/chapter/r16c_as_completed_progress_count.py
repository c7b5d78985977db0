# 34.6.2 with a progress count "k of n" as results arrive
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    jobs = [worker(l, d / 10) for l, d in zip('ABCDEF', [4, 2, 6, 1, 5, 3])]
    total = len(jobs)
    for k, f in enumerate(asyncio.as_completed(jobs), start=1):
        label = await f
        print(f'[{k}/{total}] {label} ({k / total:.0%})')

asyncio.run(do_something())
