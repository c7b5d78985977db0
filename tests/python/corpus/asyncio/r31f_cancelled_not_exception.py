# Gotcha: 'except Exception' does not catch CancelledError in 3.8+
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught as Exception:", type(e).__name__)
    print("worker continues?")

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    await t

asyncio.run(main())
