# A failed task whose exception nobody reads is reported when collected.
import asyncio
import gc

async def fails():
    raise ValueError('nobody looks at me')

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    del t
    gc.collect()
    print('after collect')

asyncio.run(main())
print('end')
