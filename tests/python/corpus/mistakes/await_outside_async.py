# Mistake: await in a plain function.
import asyncio

def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

asyncio.run(worker())
