# wait_for when the inner coroutine swallows cancellation (3.11 returns its result)
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: ignoring cancel")
        await asyncio.sleep(0.1)
        return "late value"

async def failing_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.1)
        print("wait_for returned", repr(r))
    except TimeoutError:
        print("TimeoutError")
    try:
        await asyncio.wait_for(failing_cleanup(), timeout=0.1)
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)

asyncio.run(main())
