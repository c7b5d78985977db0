# the loop's call_soon and call_later beside the awaited worker
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.3)
    print('worker - done it')
    return 42

async def do_something():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, print, 'call_later - after 0.1 s')
    handle = loop.call_later(0.2, print, 'never printed')
    loop.call_soon(print, 'call_soon - first chance')
    handle.cancel()
    result = await worker()
    print('do_something - result:', result, '| handle cancelled:', handle.cancelled())

asyncio.run(do_something())
