# shield(): the outer await is cancelled but the shielded task runs on to the end
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important work saved")
    return 42

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.05))
    try:
        await outer
    except asyncio.TimeoutError:
        print("timed out waiting, inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
    print(outer.done(), type(outer.exception()).__name__)

asyncio.run(main())
