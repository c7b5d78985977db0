# The older style with a loop of one's own never set as current: a gather of
# coroutines belongs to get_event_loop()'s loop, so run_until_complete on the
# new loop refuses it (CPython's ValueError); a gather of that loop's own
# tasks (ensure_future(..., loop=loop)) is that loop's and runs.
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n * 10

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(step(1)))
    tasks = [asyncio.ensure_future(step(n), loop=loop) for n in (2, 3)]
    print(loop.run_until_complete(asyncio.gather(*tasks)))
    print(loop.run_until_complete(asyncio.gather(step(3), step(4))))
finally:
    loop.close()
print(loop.is_closed())
