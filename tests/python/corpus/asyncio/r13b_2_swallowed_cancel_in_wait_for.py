import asyncio

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowing the cancel")
    return "finished anyway"

async def main():
    try:
        r = await asyncio.wait_for(swallower(), timeout=0.02)
        print("wait_for returned:", r)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
