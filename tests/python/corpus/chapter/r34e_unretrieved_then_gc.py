# the failing task is dropped early; when does the "never retrieved" message show?
import asyncio
import gc

async def worker():
    raise LookupError('nothing here')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    t = None
    gc.collect()
    print('after dropping the task')
    await asyncio.sleep(0.01)
    print('main end')

asyncio.run(main())
