# The pre-3.7 style: new_event_loop and run_until_complete of a gather.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(asyncio.gather(worker(2), worker(1))))
    t = loop.create_task(worker(1))
    print(loop.run_until_complete(t), t.done())
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(worker(1))
except RuntimeError as e:
    print('RuntimeError:', e)
