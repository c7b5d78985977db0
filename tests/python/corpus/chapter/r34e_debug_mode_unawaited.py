# running with debug=True to find where I forgot an await
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    worker()
    print('do_something - finished')

asyncio.run(do_something(), debug=True)
print('Main - Done')
