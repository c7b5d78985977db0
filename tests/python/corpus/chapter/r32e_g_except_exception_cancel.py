# 'except Exception' around awaiting a cancelled task doesn't catch it
import asyncio

async def worker():
    await asyncio.sleep(1)

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    print('CancelledError is an Exception?', issubclass(asyncio.CancelledError, Exception))
    print('mro:', [c.__name__ for c in asyncio.CancelledError.__mro__])
    try:
        await task
    except Exception as e:
        print('caught', e)
    print('not reached')

asyncio.run(do_something())
