# asyncio.timeout as a context manager: rescheduling the deadline, expired(), and nested timeouts.
import asyncio

async def slow(label, secs):
    await asyncio.sleep(secs)
    return label

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        print(await slow("fast", 0.05), cm.expired())
    print("after block expired:", cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm2:
            cm2.reschedule(loop.time() + 0.2)
            print(await slow("rescheduled", 0.1))
            await slow("too slow", 0.5)
    except TimeoutError:
        print("timed out; expired =", cm2.expired())
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.05):
                await slow("inner", 0.3)
    except TimeoutError as e:
        print("inner timeout escaped:", type(e).__name__, repr(e.__context__)[:30])
    async with asyncio.timeout(None) as cm3:
        print("no deadline:", cm3.when(), await slow("ok", 0.01))
    print(await asyncio.wait_for(slow("wf", 0.01), timeout=1))
    await asyncio.wait_for(slow("never", 1), timeout=0.05)

asyncio.run(main())
