# Catching CancelledError inside asyncio.timeout without re-raising it: what the block reports then.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('swallowed the cancellation')
        print('block ended normally; expired =', cm.expired())
    except TimeoutError:
        print('TimeoutError anyway; expired =', cm.expired())

asyncio.run(main())
