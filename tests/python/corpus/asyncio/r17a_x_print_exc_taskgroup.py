# traceback.print_exc() of a caught TaskGroup failure prints the boxed group to stderr
import asyncio
import traceback

async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ConnectionResetError(f'peer {n} reset')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(fetch(n))
    except* ConnectionResetError:
        traceback.print_exc()
        print('handled, carrying on')

asyncio.run(main())
