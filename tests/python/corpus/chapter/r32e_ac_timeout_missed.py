# as_completed with timeout=0.15, one worker takes 0.4
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    jobs = [worker('quick', 0.05), worker('slow', 0.4)]
    try:
        for coro in asyncio.as_completed(jobs, timeout=0.15):
            print('got', await coro)
    except asyncio.TimeoutError as e:
        print('gave up:', type(e).__name__, repr(str(e)))

asyncio.run(do_something())
print('Main - Done')
