# Nested timeouts: only the one that expired raises TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired:', inner.expired(), 'outer expired:', outer.expired())
            await asyncio.sleep(0.01)
            print('outer block goes on')
    except TimeoutError:
        print('outer raised (unexpected)')
    try:
        async with asyncio.timeout(0.02) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer expired:', outer.expired(), 'inner expired:', inner.expired())

asyncio.run(main())
