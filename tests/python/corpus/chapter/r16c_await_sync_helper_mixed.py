# 34.4.1 mixing a plain function with the coroutines: sync code between awaits
import asyncio
import time

def compute(x):
    print('compute - plain function with', x)
    return x * x

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.2)
    print('worker - done it')
    return compute(6) + compute(1) * 6

async def do_something():
    t = time.monotonic()
    result = await worker()
    print('do_something - result:', result)
    print('waited at least 0.2s:', time.monotonic() - t >= 0.2)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
