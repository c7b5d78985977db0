# gather's list unpacked into three names; workers return (label, value) tuples
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.1)
    return label, random.randint(1, 10)

async def do_something():
    a, b, c = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print(a, b, c)
    (la, va), (lb, vb), (lc, vc) = a, b, c
    print(f'{la}={va!r:>3} {lb}={vb:>3} {lc}={vc:<3}|')
    best = max([a, b, c], key=lambda pair: pair[1])
    print('best:', best)

random.seed(30)
asyncio.run(do_something())
