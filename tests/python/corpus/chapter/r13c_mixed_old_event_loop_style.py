# Python 3.6 style from older tutorials: new_event_loop and run_until_complete
import asyncio

async def worker(n):
    await asyncio.sleep(0.02)
    return n * 2

async def do_something():
    results = await asyncio.gather(worker(1), worker(2))
    print('results:', results)
    return sum(results)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    total = loop.run_until_complete(do_something())
    print('total:', total)
    print('loop running?', loop.is_running(), 'closed?', loop.is_closed())
finally:
    loop.close()
print('closed?', loop.is_closed())
