# A task raising KeyboardInterrupt inside run_until_complete(): it propagates out; the task is done with it.
import asyncio

async def interrupt():
    await asyncio.sleep(0)
    raise KeyboardInterrupt('pressed')

loop = asyncio.new_event_loop()
task = loop.create_task(interrupt())
try:
    loop.run_until_complete(task)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e.args)
print('done:', task.done(), 'exception:', repr(task.exception()))
print(loop.run_until_complete(asyncio.sleep(0, 'loop still usable')))
loop.close()
