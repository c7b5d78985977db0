# Expecting shield to stop the outer await from being cancelled
import asyncio

async def save():
    await asyncio.sleep(0.2)
    print("saved")
    return "ok"

async def main():
    inner = asyncio.create_task(save())
    outer = asyncio.create_task(asyncio.shield(inner))
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        print(await outer)
    except asyncio.CancelledError:
        print("outer was cancelled anyway")
    print(await inner)

asyncio.run(main())
