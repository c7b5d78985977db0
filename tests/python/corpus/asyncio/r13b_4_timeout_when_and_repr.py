import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        left = cm.when() - loop.time()
        print("seconds left about", round(left))
        print(repr(cm).split(" when=")[0])
        cm.reschedule(None)
        print("when after None:", cm.when())
    print(repr(cm))
    t = asyncio.Timeout(None)
    print(t.when(), t.expired())

asyncio.run(main())
