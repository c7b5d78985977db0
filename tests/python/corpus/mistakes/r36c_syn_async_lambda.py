# I wanted a quick async callback so I wrote "async lambda" like in JavaScript
import asyncio

async def run_all(jobs):
    return await asyncio.gather(*(job() for job in jobs))

jobs = [async lambda: 1, async lambda: 2]
print(asyncio.run(run_all(jobs)))
