# The worker called without await inside main: RuntimeWarning on stderr.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    worker()
    print('do_something - result: ?')

asyncio.run(do_something())
print('Main - Done')
