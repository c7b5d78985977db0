# gather with names so I can make a dict of name -> result
import asyncio
import random

random.seed(99)
names = ['ann', 'bob', 'cy', 'dee']

async def worker(name):
    await asyncio.sleep(0.01 * len(name))
    return random.randint(1, 100)

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in names))
    scores = dict(zip(names, results))
    print(scores)
    best = max(scores, key=scores.get)
    print('best:', best, scores[best])
    for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
        print(f'{name:>5} {score:3d} ' + '#' * (score // 10))

asyncio.run(do_something())
