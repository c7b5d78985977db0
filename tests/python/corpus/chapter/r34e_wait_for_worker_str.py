# wrapped the slow worker in wait_for with a short timeout and print the exception's str
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker - I was cancelled')
        raise
    return 42

async def do_something():
    try:
        r = await asyncio.wait_for(worker(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('str:', repr(str(e)), 'is TimeoutError builtin:', e.__class__ is TimeoutError)
        r = None
    print('result', r)

asyncio.run(do_something())
