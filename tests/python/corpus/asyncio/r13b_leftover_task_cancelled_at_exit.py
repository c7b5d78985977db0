import asyncio

async def forever():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("forever: cancelled at shutdown")
        raise
    finally:
        print("forever: finally")

async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0.025)
    print("main returns without awaiting")

asyncio.run(main())
print("program exits")
