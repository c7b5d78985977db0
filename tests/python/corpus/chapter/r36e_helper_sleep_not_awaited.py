# moved the pause into a normal helper function, which calls asyncio.sleep without await
import asyncio
import time

def pause(seconds):
    print(f'pausing {seconds}s')
    asyncio.sleep(seconds)

async def worker():
    print('worker - will take some time')
    start = time.perf_counter()
    pause(0.2)
    print('worker - paused long enough?', time.perf_counter() - start > 0.15)
    return 42

async def do_something():
    print('do_something - result:', await worker())

asyncio.run(do_something())
