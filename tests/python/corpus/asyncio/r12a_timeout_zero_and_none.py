# test_timeouts: test_timeout_zero / test_timeout_not_entered / timeout(None)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout(0) expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.01)
    print("none expired:", cm.expired())
    past = loop.time() - 5
    try:
        async with asyncio.timeout_at(past):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout_at in the past expired")
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
