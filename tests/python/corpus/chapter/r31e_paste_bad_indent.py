# indentation got mangled when I pasted the worker
import asyncio

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
     result = label * 2
    print('Worker - Done it')
    return result

asyncio.run(worker('A'))
