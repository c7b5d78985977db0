# 34.6.2 collecting labelled results into a dict, printed sorted
import asyncio
import random

async def worker(label, delay, value):
    await asyncio.sleep(delay)
    return label, value

async def do_something():
    results = {}
    # drawn here, in order: as_completed starts its set of tasks in CPython's order by address
    delays = random.sample(range(1, 6), 5)
    jobs = [worker(c, d / 10, random.randint(1, 10)) for c, d in zip('ABCDE', delays)]
    for f in asyncio.as_completed(jobs):
        label, value = await f
        results[label] = value
        print('got', label, end='; ')
    print()
    print(dict(sorted(results.items())))

random.seed(9)
asyncio.run(do_something())
