# A pending task that only its own Event's waiter refers to is garbage: gc.collect() destroys it
import asyncio
import gc

async def forever():
    await asyncio.Event().wait()

async def main():
    t = asyncio.create_task(forever(), name='lost')
    await asyncio.sleep(0)
    del t
    gc.collect()
    await asyncio.sleep(0)
    print('tasks left', len(asyncio.all_tasks()))

asyncio.run(main())
