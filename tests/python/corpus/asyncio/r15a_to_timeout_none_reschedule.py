# asyncio.timeout(None) never fires; reschedule() sets and then removes a deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 10)
        print("deadline set:", cm.when() is not None)
        cm.reschedule(None)
        await asyncio.sleep(0.1)
        print("deadline removed:", cm.when())
    print("expired:", cm.expired())

asyncio.run(main())
