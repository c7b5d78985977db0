# The learner calls wroker() in gather.
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    return random.randint(1, 10)

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(), wroker(), worker())
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
