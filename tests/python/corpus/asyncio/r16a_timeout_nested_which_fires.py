# Nested timeouts: only the one whose deadline passed reports expired(); the outer sees TimeoutError
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.2) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner fired at', tenths(loop.time() - t0), inner.expired(), outer.expired())
            async with asyncio.timeout(1) as inner2:
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer fired at', tenths(loop.time() - t0))
        print('outer', outer.expired(), 'inner2', inner2.expired())

asyncio.run(main())
