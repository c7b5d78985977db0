import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: swallowing cancel, returning anyway")
    return "value despite timeout"

async def main():
    r = await asyncio.wait_for(stubborn(), timeout=0.02)
    print("wait_for returned:", r)
    async with asyncio.timeout(0.02) as cm:
        await stubborn()
    print("timeout block ended quietly; expired:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
