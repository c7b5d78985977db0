# Timeouts with wait_for and asyncio.timeout
import asyncio

async def slow_operation(n):
    try:
        await asyncio.sleep(n)
        return f"finished after {n}"
    except asyncio.CancelledError:
        print(f"slow_operation({n}) was cancelled")
        raise

async def main():
    try:
        result = await asyncio.wait_for(slow_operation(1), timeout=0.2)
    except asyncio.TimeoutError as e:
        print("timeout!", type(e).__name__, e.args, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(slow_operation(0.1), timeout=1))
    try:
        async with asyncio.timeout(0.2) as cm:
            await slow_operation(2)
    except TimeoutError:
        print("timed out; expired =", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.01)
    print("no deadline:", cm2.when(), cm2.expired())

asyncio.run(main())
