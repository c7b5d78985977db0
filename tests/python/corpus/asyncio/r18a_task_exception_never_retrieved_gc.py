# a failed task dropped without its exception being looked at, then one that is
import asyncio
import gc

async def fail(n):
    await asyncio.sleep(0)
    raise LookupError(f'lost {n}')

async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    del t
    gc.collect()
    print('after del')
    t2 = asyncio.create_task(fail(2))
    await asyncio.sleep(0.01)
    print('retrieved:', t2.exception())
    del t2
    print('end of main')

asyncio.run(main())
print('after run')
