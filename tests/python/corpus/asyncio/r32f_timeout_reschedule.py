# asyncio.timeout_at with loop.time(), and Timeout.reschedule to extend a deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("timeout_at fired")
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.15)
        print("survived thanks to reschedule")
    print("expired?", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(0.2)
    except TimeoutError as e:
        print("rescheduled from None then fired:", repr(e))

asyncio.run(main())
