# shielding a save from cancellation; the save fails after main was cancelled
import asyncio

async def save():
    await asyncio.sleep(0.05)
    raise OSError("disk full")

async def main():
    try:
        await asyncio.wait_for(asyncio.shield(save()), timeout=0.01)
    except TimeoutError:
        print("gave up waiting, save continues")
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
