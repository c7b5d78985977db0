# test_timeouts: asyncio.timeout turns the cancellation into TimeoutError; expired() says so
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__context__).__name__, cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0)
    print('not expired:', cm2.expired())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
