# batches of workers done by slicing since batched is not there in 3.11
import asyncio
import random

random.seed(12)

async def worker(n):
    await asyncio.sleep(0.01)
    return n, random.randint(1, 100)

async def main():
    jobs = list(range(7))
    size = 3
    for start in range(0, len(jobs), size):
        batch = jobs[start:start + size]
        results = await asyncio.gather(*(worker(n) for n in batch))
        print(f'batch {start // size}:', ', '.join(f'{n}->{v}' for n, v in results))

asyncio.run(main())
