# wait_for timing out around a shielded coroutine.
import asyncio

async def save():
    await asyncio.sleep(0.3)
    print("saved")

async def main():
    try:
        await asyncio.wait_for(asyncio.shield(save()), timeout=0.1)
    except TimeoutError:
        print("timed out")
    await asyncio.sleep(0.3)

asyncio.run(main())
