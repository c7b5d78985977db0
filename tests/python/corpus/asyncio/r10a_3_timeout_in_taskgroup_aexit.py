import asyncio

async def slow(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print('slow', n, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(1))
                print('body done, waiting in __aexit__')
    except TimeoutError as e:
        print('TimeoutError', repr(e.__cause__), type(e.__context__).__name__)
    print(asyncio.current_task().cancelling())

asyncio.run(main())
