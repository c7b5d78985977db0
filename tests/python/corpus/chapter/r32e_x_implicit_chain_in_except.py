# a typo inside my except block in the worker
import asyncio

async def worker(x):
    await asyncio.sleep(0.01)
    try:
        return 10 / x
    except ZeroDivisionError:
        print('worker - dividing by zero, returning', resutl)

async def do_something():
    print(await worker(0))

asyncio.run(do_something())
