# run_until_complete accepts futures and tasks, and returns their results.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'future value')
print(loop.run_until_complete(fut))

async def work():
    return asyncio.current_task().get_name()

task = loop.create_task(work(), name='loop-made')
print(loop.run_until_complete(task))
bad = loop.create_future()
loop.call_soon(bad.set_exception, OSError('io'))
try:
    loop.run_until_complete(bad)
except OSError as e:
    print('raised', repr(e))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
