# the docs' warning: a task nobody references, waiting on a future nobody else holds
import asyncio
import gc

async def waiter():
    ev = asyncio.Event()
    try:
        await ev.wait()
    finally:
        print('waiter: finally')

async def main():
    asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print('tasks before gc:', len(asyncio.all_tasks()))
    gc.collect()
    print('tasks after gc:', len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print('main ends')

asyncio.run(main())
