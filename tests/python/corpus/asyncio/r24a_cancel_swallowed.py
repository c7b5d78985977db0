import asyncio

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed the cancel")
    return "normal return"

async def main():
    t = asyncio.create_task(swallower())
    await asyncio.sleep(0.01)
    t.cancel()
    result = await t
    print("result:", result)
    print("cancelled():", t.cancelled())
    print("cancelling():", t.cancelling())

asyncio.run(main())
