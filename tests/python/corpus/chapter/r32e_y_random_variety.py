# trying different random functions for the worker's result
import asyncio
import random

random.seed(34)

async def worker(kind):
    await asyncio.sleep(0.01)
    if kind == 'uniform':
        return round(random.uniform(1, 10), 3)
    if kind == 'choice':
        return random.choice('ABCDE')
    if kind == 'sample':
        return random.sample(range(100), 4)
    if kind == 'gauss':
        return f'{random.gauss(5, 2):.4f}'
    if kind == 'choices':
        return random.choices(['x', 'y', 'z'], weights=[5, 1, 1], k=6)
    if kind == 'shuffle':
        deck = list(range(8))
        random.shuffle(deck)
        return deck
    return random.random()

async def do_something():
    for kind in ['uniform', 'choice', 'sample', 'gauss', 'choices', 'shuffle', 'random']:
        print(f'{kind:>8}:', await worker(kind))
    print('randrange:', [random.randrange(0, 50, 5) for _ in range(5)])
    print('getrandbits:', random.getrandbits(20))

asyncio.run(do_something())
