# Inside Runner.run() only the program's tasks are pending; names count on across runs and shutdown
import asyncio

async def names():
    await asyncio.sleep(0)
    return sorted(t.get_name() for t in asyncio.all_tasks())

async def spawn():
    asyncio.create_task(asyncio.sleep(1), name='left-behind')
    return await names()

with asyncio.Runner() as r:
    print(r.run(names()))
    print(r.run(spawn()))
    print(r.run(names()))
    print(asyncio.current_task is not None)
print(asyncio.run(names()))
