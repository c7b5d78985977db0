# loop.run_forever with the worker stopping the loop when it is done
import asyncio

async def worker(loop):
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    loop.stop()
    return 42

loop = asyncio.new_event_loop()
task = loop.create_task(worker(loop))
loop.call_soon(print, 'call_soon - before the worker starts')
print('Main - Starting')
loop.run_forever()
print('loop stopped, task done:', task.done(), 'result:', task.result())
loop.close()
print('Main - Done')
