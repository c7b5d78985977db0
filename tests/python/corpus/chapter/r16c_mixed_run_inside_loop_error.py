# A learner calls asyncio.run from inside a coroutine: RuntimeError caught, the inner coroutine never awaited
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    try:
        result = asyncio.run(worker())
    except RuntimeError as e:
        print('RuntimeError:', e)
        result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
