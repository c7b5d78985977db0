# A learner expects `except Exception` to catch cancellation (it doesn't since 3.8)
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught Exception", type(e).__name__)
    finally:
        print("worker finally")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args, issubclass(asyncio.CancelledError, Exception))
    await t

asyncio.run(main())
