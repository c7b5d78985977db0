# A task that swallows CancelledError and returns: it is not cancelled, its result is the fallback
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel")
        return "fallback"
    return "normal"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    print("cancel() ->", t.cancel())
    print("result:", await t)
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())

asyncio.run(main())
