# the tutorial says TaskGroup needs 3.11, so I check the version before using it
import asyncio
import platform
import sys

print('Python', platform.python_version(), sys.version_info[:2])
print('implementation:', sys.implementation.name, platform.python_implementation())
print('has TaskGroup:', hasattr(asyncio, 'TaskGroup'), 'has eager_task_factory:', hasattr(asyncio, 'eager_task_factory'))

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    if sys.version_info >= (3, 11):
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(n)) for n in range(3)]
        print([t.result() for t in tasks])
    else:
        print(await asyncio.gather(*(worker(n) for n in range(3))))

asyncio.run(main())
