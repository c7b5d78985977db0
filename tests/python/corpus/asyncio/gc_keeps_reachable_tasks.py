# gc.collect() leaves pending tasks alone while something still refers to them or to what they wait on.
import asyncio
import gc

event = asyncio.Event()
kept_future = None

async def on_event(name):
    await event.wait()
    print(name, 'woke up')

async def on_future(name, fut):
    print(name, 'got', await fut)

async def main():
    global kept_future
    loop = asyncio.get_running_loop()
    asyncio.create_task(on_event('event waiter'))
    kept_future = loop.create_future()
    asyncio.create_task(on_future('global future waiter', kept_future))
    held = asyncio.create_task(on_future('held task', loop.create_future()))
    await asyncio.sleep(0)
    gc.collect()
    print('pending after collect:', len(asyncio.all_tasks()) - 1)
    event.set()
    kept_future.set_result(42)
    await asyncio.sleep(0)
    held.cancel()
    await asyncio.sleep(0)
    print('held cancelled:', held.cancelled())

asyncio.run(main())
