# 34.6.1 with return_exceptions=True and the failures filtered out
import asyncio
import random

async def worker(i):
    await asyncio.sleep(0.1)
    value = random.randint(1, 10)
    if value % 3 == 0:
        raise ValueError(f'worker {i} drew {value}')
    return value

async def do_something():
    results = await asyncio.gather(*(worker(i) for i in range(8)), return_exceptions=True)
    good = [r for r in results if not isinstance(r, BaseException)]
    bad = [r for r in results if isinstance(r, BaseException)]
    print('good:', good)
    for e in bad:
        print('bad:', repr(e))

random.seed(11)
asyncio.run(do_something())
