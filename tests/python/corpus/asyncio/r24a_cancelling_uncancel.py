import asyncio

async def stubborn():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelling() =", me.cancelling())
            left = me.uncancel()
            print("  after uncancel:", left)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
        t.cancel()
        print("main: cancelling() =", t.cancelling())
    print(await t)
    print("final cancelling():", t.cancelling())

asyncio.run(main())
