# wrote await asyncio.sleep without the brackets
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep
    print('worker - done it')
    return 42

print(asyncio.run(worker()))
