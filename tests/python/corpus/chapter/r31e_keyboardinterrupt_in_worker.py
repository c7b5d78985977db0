# simulating pressing Ctrl-C inside a worker
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def do_something():
    try:
        await worker()
    finally:
        print('do_something - finally runs')

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
