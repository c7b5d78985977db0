# a failed task that nobody awaits is logged when it is freed
import asyncio
import gc

async def fail(n):
    raise RuntimeError(f'failure {n}')

async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    del t
    gc.collect()
    print('after del')

asyncio.run(main())
print('end')
