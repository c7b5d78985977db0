# An exception raised inside asyncio.timeout passes through unchanged; so does an inner TimeoutError of one's own.
import asyncio

async def main():
    for exc in (KeyError('k'), TimeoutError('mine')):
        try:
            async with asyncio.timeout(1) as cm:
                await asyncio.sleep(0)
                raise exc
        except Exception as e:
            print(type(e).__name__, e.args, 'expired', cm.expired())

asyncio.run(main())
