# my worker used randint(10, 1) by mistake; I print the traceback and carry on
import asyncio
import os
import random
import traceback

random.seed(2)

async def worker(low, high):
    await asyncio.sleep(0.01)
    try:
        return random.randint(low, high)
    except ValueError:
        text = traceback.format_exc()
        print(text.replace(os.path.dirname(__file__) + os.sep, ''))
        return None

async def main():
    print(await asyncio.gather(worker(1, 10), worker(10, 1)))

asyncio.run(main())
