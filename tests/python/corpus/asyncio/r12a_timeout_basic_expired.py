# test_timeouts: test_timeout_basic / expired() / the TimeoutError's context
import asyncio

async def main():
    async with asyncio.timeout(0.15) as cm:
        print("expired inside:", cm.expired())
        await asyncio.sleep(0.01)
    print("not expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", e.args, type(e.__context__).__name__)
        print("is asyncio.TimeoutError:", TimeoutError is asyncio.TimeoutError)
    print("expired:", cm2.expired())

asyncio.run(main())
