# asyncio.timeout's object: when(), reschedule() to extend a deadline, expired() afterwards
import asyncio

async def step(d):
    await asyncio.sleep(d)

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await step(0.01)
    print("expired?", cm.expired())
    try:
        async with asyncio.timeout(0.1) as cm:
            start = loop.time()
            print("deadline about 0.1 s away:", round(cm.when() - start, 1))
            await step(0.05)
            cm.reschedule(loop.time() + 0.3)
            print("extended")
            await step(0.15)
            print("still alive after the old deadline")
            await step(0.4)
    except TimeoutError:
        print("timed out at the new deadline; expired?", cm.expired())

asyncio.run(main())
