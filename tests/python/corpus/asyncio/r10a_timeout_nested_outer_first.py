import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner caught a TimeoutError (wrong)')
            except asyncio.CancelledError:
                print('inner saw CancelledError, inner expired:', inner.expired())
                raise
    except TimeoutError:
        print('outer TimeoutError, expired:', outer.expired())

asyncio.run(main())
