# cancelling() counts pending cancel requests; uncancel() takes one back
import asyncio

async def main():
    me = asyncio.current_task()
    print("cancelling at start:", me.cancelling())
    me.cancel()
    me.cancel()
    print("after two cancel():", me.cancelling())
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("caught the cancel")
    print("uncancel ->", me.uncancel())
    print("uncancel ->", me.uncancel())
    await asyncio.sleep(0.05)
    print("slept normally afterwards")

asyncio.run(main())
