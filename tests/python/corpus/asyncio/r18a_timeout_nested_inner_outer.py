# nested asyncio.timeout blocks: which one fires, and the state of each
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner caught it (wrong)')
    except TimeoutError:
        print('outer fired; outer.expired:', outer.expired(), 'inner.expired:', inner.expired())
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner fired; inner.expired:', inner.expired(), 'outer.expired:', outer.expired())
            await asyncio.sleep(0.05)
        print('outer finished normally')
    except TimeoutError:
        print('outer fired (wrong)')
    async with asyncio.timeout(None) as cm:
        print('when:', cm.when())
        cm.reschedule(loop.time() + 0.05)
        print('rescheduled:', cm.when() is not None)
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            print('saw CancelledError inside')
            raise

try:
    asyncio.run(main())
except TimeoutError as e:
    print('escaped:', repr(e), type(e.__context__).__name__)
