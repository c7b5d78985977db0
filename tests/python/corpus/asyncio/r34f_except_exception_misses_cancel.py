# Since 3.8 CancelledError is a BaseException: "except Exception" no longer swallows a cancel.
import asyncio

async def careful():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught Exception:", type(e).__name__)
        return "swallowed"
    finally:
        print("finally runs")

async def main():
    t = asyncio.create_task(careful())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print("cancel got through; cancelled:", t.cancelled())
    print(asyncio.CancelledError.__bases__)

asyncio.run(main())
