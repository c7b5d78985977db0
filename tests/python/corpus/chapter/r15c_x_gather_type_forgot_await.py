# the await before gather forgotten: the learner prints what came back instead
import asyncio
import random

async def worker():
    await asyncio.sleep(0.1)
    return random.randint(1, 10)

async def do_something():
    results = asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)
    print(type(results), isinstance(results, asyncio.Future), type(results).__name__)
    print('done yet?', results.done())
    print('after awaiting:', await results)
    print(results)
    print(type(asyncio.gather()), type(asyncio.ensure_future(worker())))

random.seed(3)
asyncio.run(do_something())
