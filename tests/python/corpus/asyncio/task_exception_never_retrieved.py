# A failed task whose exception nobody reads: "Task exception was never retrieved" with its traceback, when it is dropped.
import asyncio

async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f'lost error {n}')

async def main():
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0.01)
    print('task done:', t.done())
    del t
    print('after del')
    asyncio.create_task(fails(2))
    await asyncio.sleep(0.01)
    print('main ends')

asyncio.run(main())
print('after run')
