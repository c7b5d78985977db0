# asyncio.run's shutdown: a task that spawns another while it is being cancelled
import asyncio

async def late_child():
    try:
        await asyncio.sleep(10)
    finally:
        print('late_child: finally')

async def spawner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('spawner: spawning on the way out')
        asyncio.get_running_loop().create_task(late_child())
        raise

async def main():
    asyncio.create_task(spawner())
    await asyncio.sleep(0.01)
    print('main returns')

asyncio.run(main())
print('after run')
