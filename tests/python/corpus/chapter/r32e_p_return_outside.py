# the return line lost its indentation
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
return 42

print(asyncio.run(worker()))
