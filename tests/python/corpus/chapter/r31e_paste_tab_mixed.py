# my editor put a tab on one line of the worker
import asyncio

async def worker():
    print('worker - will take some time')
	await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())
