# printed the gather results as a table with f-string alignment and a total row
import asyncio
import random

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, random.randint(1, 1000), random.random()

async def do_something():
    rows = await asyncio.gather(*(worker(l, 0.02 * i) for i, l in enumerate(['alpha', 'beta', 'gamma', 'delta'], 1)))
    print(f'{"label":<8}|{"count":>6}|{"ratio":>8}|{"share":>7}')
    print('-' * 32)
    total = sum(c for _, c, _ in rows)
    for label, count, ratio in rows:
        print(f'{label:<8}|{count:>6,}|{ratio:>8.4f}|{count / total:>7.1%}')
    print('-' * 32)
    print(f'{"total":<8}|{total:>6,}|{sum(r for *_, r in rows):>8.3f}|{1:>7.0%}')
    print(f'{total:#x} {total:#o} {total:#b} {total:+08d} {total:^10}|')

random.seed(1234)
asyncio.run(do_something())
