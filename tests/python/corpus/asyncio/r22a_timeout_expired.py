# asyncio.timeout turns the cancellation into TimeoutError; expired() tells.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print('inside, expired:', cm.expired())
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__context__).__name__)
    print('expired after:', cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print('fast block expired:', cm2.expired())
    print('task cancelling:', asyncio.current_task().cancelling())

asyncio.run(main())
