# asyncio.timeout around a TaskGroup: when it fires, every child is cancelled and TimeoutError comes out.
import asyncio

async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow', n, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(1))
                tg.create_task(slow(2))
    except TimeoutError:
        print('TimeoutError around the group')

asyncio.run(main())
