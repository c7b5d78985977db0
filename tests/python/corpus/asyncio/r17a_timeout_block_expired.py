# asyncio.timeout() turns the cancellation into TimeoutError at the block's exit
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            print('inside, expired?', cm.expired())
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError:
        print('TimeoutError, expired?', cm.expired())
    print('task cancelling:', asyncio.current_task().cancelling())

asyncio.run(main())
