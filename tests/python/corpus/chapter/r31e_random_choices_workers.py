# each worker picks a random job and a random delay (seeded), results as a table
import asyncio
import random

random.seed(314)
JOBS = ['wash', 'dry', 'fold', 'iron']

async def worker(name):
    job = random.choice(JOBS)
    delay = random.uniform(0.01, 0.05)
    await asyncio.sleep(delay)
    return name, job, round(delay, 3)

async def main():
    rows = await asyncio.gather(*(worker(n) for n in ('ann', 'bob', 'cy', 'dee')))
    print(f"{'who':<5}{'job':<6}{'delay':>7}")
    for who, job, d in rows:
        print(f'{who:<5}{job:<6}{d:>7.3f}')
    shuffled = random.sample(rows, k=len(rows))
    print([r[0] for r in shuffled], random.choices('xyz', k=5), random.random() < 0.5)

asyncio.run(main())
