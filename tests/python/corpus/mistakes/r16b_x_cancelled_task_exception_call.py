# A cancelled task's exception() raises CancelledError
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(t.exception())
asyncio.run(main())
