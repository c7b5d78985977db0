# workers log progress to stderr and results to stdout, to see how they interleave
import asyncio
import sys

async def worker(label, delay):
    print(f'{label}: started', file=sys.stderr)
    await asyncio.sleep(delay)
    print(f'{label}: done', file=sys.stderr)
    return f'{label}={int(delay * 100)}'

async def main():
    tasks = [asyncio.create_task(worker('A', 0.2)), asyncio.create_task(worker('B', 0.1))]
    for coro in asyncio.as_completed(tasks):
        print(await coro)
    print('all done')

asyncio.run(main())
