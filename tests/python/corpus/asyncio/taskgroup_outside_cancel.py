# A TaskGroup whose task is cancelled from outside: its task is cancelled and CancelledError propagates.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def grouped():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child('quick', 0.05))
            tg.create_task(child('slow', 1))
    except asyncio.CancelledError:
        print('the group lets CancelledError through')
        raise

async def main():
    task = asyncio.create_task(grouped())
    await asyncio.sleep(0.2)  # 0.15 s after quick finishes
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('main: task cancelled:', task.cancelled())

asyncio.run(main())
