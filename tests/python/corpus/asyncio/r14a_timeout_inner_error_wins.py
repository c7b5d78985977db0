# test_timeouts: an exception raised inside the block before expiry passes through unchanged
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.05)
            raise KeyError('inner')
    except KeyError as e:
        print('KeyError', e, cm.expired())
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            finally:
                print('finally inside the timeout block')
    except TimeoutError as e:
        print('TimeoutError', repr(e), e.args)

asyncio.run(main())
