# A task that catches its CancelledError and returns a value is not cancelled; cancel() on done is False
import asyncio


async def obstinate():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "ignored the cancel"


async def main():
    t = asyncio.create_task(obstinate())
    await asyncio.sleep(0.01)
    print("cancel() returned", t.cancel())
    print("result:", await t)
    print("cancelled()", t.cancelled(), "cancelling()", t.cancelling())
    print("cancel() on done task:", t.cancel())
    early = asyncio.create_task(obstinate())
    early.cancel()
    await asyncio.sleep(0)
    print("cancelled before it started:", early.cancelled())


asyncio.run(main())
