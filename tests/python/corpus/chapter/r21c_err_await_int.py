# A plain worker returning 42 awaited: int can't be used in await.
import asyncio

def worker():
    return 42

async def main():
    try:
        print(await worker())
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.create_task(worker())
    except TypeError as e:
        print('TypeError:', e)
    try:
        await asyncio.gather(worker())
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
