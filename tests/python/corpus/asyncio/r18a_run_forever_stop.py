# a loop made by hand: run_forever stopped from a callback, run_until_complete, close
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 'worked'

loop = asyncio.new_event_loop()
loop.call_later(0.02, loop.stop)
loop.call_soon(print, 'first callback')
print('running:', loop.is_running())
loop.run_forever()
print('stopped; closed:', loop.is_closed())
print(loop.run_until_complete(work()))
task = loop.create_task(work())
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, 99)
print(loop.run_until_complete(fut))
loop.close()
print('closed:', loop.is_closed())
try:
    loop.run_until_complete(work())
except RuntimeError as e:
    print('RuntimeError:', e)
