# asyncio.timeout around code that catches CancelledError and carries on: no TimeoutError is raised.
import asyncio

async def main():
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        print("still inside the block")
    print("after block, expired:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("main continues normally")

asyncio.run(main())
