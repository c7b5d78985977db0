# turned on asyncio debug mode hoping it explains my forgotten await
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result is a', type(result).__name__)
    del result
    print('do_something - finished')

asyncio.run(do_something(), debug=True)
print('Main - Done')
