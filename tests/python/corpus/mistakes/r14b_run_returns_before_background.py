# Mistake: a background task is created and never awaited; asyncio.run ends and cancels it midway.
import asyncio


async def saver():
    for i in range(3):
        print('saving part', i)
        await asyncio.sleep(0.2)
    print('all saved')


async def main():
    asyncio.create_task(saver())
    await asyncio.sleep(0.3)
    print('main - done')


asyncio.run(main())
print('after run')
