# A task that fails and nobody awaits: "Task exception was never retrieved".
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise ValueError('lost error')

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.2)
    print('main finished')

asyncio.run(main())
print('after run')
