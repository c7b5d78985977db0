# 34.6.1 with random delays from random.uniform, under several kinds of seed
import asyncio
import random

async def worker(label):
    delay = random.uniform(0.01, 0.2)
    result = random.randint(1, 10)
    await asyncio.sleep(delay)
    return f'{label}{result} ({delay:.4f})'

async def do_something():
    return await asyncio.gather(*[worker(l) for l in 'ABCD'])

def main():
    for seed in (42, -42, 2**70 + 5, 'asyncio', b'bytes', 3.25, 0):
        random.seed(seed)
        print(repr(seed), asyncio.run(do_something()))
    random.seed(1)
    print(random.random(), random.randrange(0, 100, 7), random.choice('xyz'))
    print(random.sample(range(50), 4), random.choices('abc', weights=[1, 5, 1], k=5))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.getrandbits(70), round(random.gauss(0, 1), 6))
    print(random.randbytes(5), round(random.triangular(0, 10, 3), 6))
    try:
        random.seed([1, 2])
    except TypeError as e:
        print('TypeError:', e)

if __name__ == '__main__':
    main()
