# calling asyncio.run again inside the running worker
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 'inner'

async def worker():
    print('worker - starting')
    try:
        return asyncio.run(inner())
    except RuntimeError as e:
        print('RuntimeError:', e)
        return await inner()

print(asyncio.run(worker()))
