import asyncio

async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner.expired(), 'outer expired', outer.expired())
            await asyncio.sleep(0.01)
            print('outer body goes on')
    except TimeoutError:
        print('outer timed out (wrong)')
    print('outer expired at end', outer.expired())

asyncio.run(main())
