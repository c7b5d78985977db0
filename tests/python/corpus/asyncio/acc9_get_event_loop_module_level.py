# The old style at module level: get_event_loop() with no loop yet, then run_until_complete and close.
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    return n * 2

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(21)))
print(asyncio.get_event_loop() is loop)
fut = asyncio.ensure_future(work(5))
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.gather(work(1), work(2))))
loop.close()
