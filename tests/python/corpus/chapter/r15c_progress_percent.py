# as_completed with a progress count and percentage after each result
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    jobs = [worker(l, d) for l, d in zip('ABCDE', (0.4, 0.1, 0.5, 0.2, 0.3))]
    total = len(jobs)
    for done, fut in enumerate(asyncio.as_completed(jobs), 1):
        label = await fut
        print(f'{label}: {done}/{total} ({done / total:.0%}) {"*" * done:<{total}}|')

asyncio.run(do_something())
