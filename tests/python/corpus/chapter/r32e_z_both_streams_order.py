# a forgotten await in the middle of printed lines - where does the warning land?
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    print('before the mistake')
    worker(1)
    print('right after the mistake')
    print('real result', await worker(2))

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
