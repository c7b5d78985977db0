import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.3)
            print("rescheduled, remaining ~", round(cm.when() - loop.time(), 1))
            await asyncio.sleep(0.2)
            print("still inside after the first deadline")
            cm.reschedule(None)
            await asyncio.sleep(0.1)
            print("no deadline now:", cm.when())
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout finally hit; 0.6 s or more:", loop.time() - start >= 0.6)
        print("expired:", cm.expired())

asyncio.run(main())
