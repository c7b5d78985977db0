# asyncio.timeout_at with a deadline computed from loop.time(), and reading when() back.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.15
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(0.01)
            print("first step ok")
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e.args))
    print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.01)
    print("no deadline:", cm2.when(), cm2.expired())

asyncio.run(main())
