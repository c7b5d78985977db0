# asyncio.timeout(None) never fires until a deadline is set; when() reports it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(0.02)
            cm.reschedule(loop.time() + 0.03)
            print("has deadline:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after reschedule")
    print("expired:", cm.expired())

asyncio.run(main())
