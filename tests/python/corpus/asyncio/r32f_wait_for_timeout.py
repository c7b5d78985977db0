# wait_for with a timeout: the slow call is cancelled and TimeoutError raised
import asyncio

async def slow_op():
    try:
        await asyncio.sleep(1)
        return "done"
    except asyncio.CancelledError:
        print("slow_op was cancelled")
        raise

async def main():
    try:
        result = await asyncio.wait_for(slow_op(), timeout=0.05)
        print(result)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    print(asyncio.TimeoutError is TimeoutError)
    r = await asyncio.wait_for(asyncio.sleep(0.01, result="fast"), timeout=1)
    print(r)

asyncio.run(main())
