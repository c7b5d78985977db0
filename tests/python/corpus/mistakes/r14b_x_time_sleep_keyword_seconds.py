# Mistake: time.sleep called with a keyword argument (it takes none), inside a blocking worker.
import asyncio
import time


async def worker():
    print('worker - will take some time')
    time.sleep(seconds=0.1)
    print('worker - done it')
    return 42


asyncio.run(worker())
