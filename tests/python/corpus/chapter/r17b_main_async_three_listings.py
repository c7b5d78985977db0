# A learner's async main running the three listings' workers one after the other
import asyncio
import random

async def worker(label=''):
    await asyncio.sleep(0.1)
    return label + str(random.randint(1, 10))

async def main():
    print('single:', await worker())
    print('gather:', await asyncio.gather(worker(), worker(), worker()))
    labelled = []
    for f in asyncio.as_completed([worker('A')]):
        labelled.append(await f)
    print('labelled:', labelled)

random.seed(1)
print('Main - Starting')
asyncio.run(main())
print('Main - Done')
