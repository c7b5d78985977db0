# asyncio.timeout whose body swallows the CancelledError: no TimeoutError is raised
import asyncio

async def main():
    async with asyncio.timeout(0.02) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("after block, expired:", cm.expired())
    print("task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
