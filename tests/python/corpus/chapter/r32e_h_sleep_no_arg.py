# forgot the number in asyncio.sleep()
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep()
    return 42

asyncio.run(worker())
