# my editor put a tab on one line of the worker and spaces on the others
import asyncio

async def worker():
    print("worker - will take some time")
	await asyncio.sleep(0.1)
    print("worker - done it")
    return 42

async def do_something():
    result = await worker()
    print("do_something - result:", result)

asyncio.run(do_something())
