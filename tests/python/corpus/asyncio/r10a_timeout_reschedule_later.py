import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as cm:
            print('expired at start:', cm.expired())
            await asyncio.sleep(0.05)
            new = loop.time() + 0.3
            cm.reschedule(new)
            print('when moved:', cm.when() == new)
            await asyncio.sleep(0.2)
            print('still inside after the old deadline')
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', repr(e), 'args', e.args)
    print('expired:', cm.expired())

asyncio.run(main())
