# Code inside asyncio.timeout that catches the CancelledError: the timeout cannot raise TimeoutError
import asyncio


async def main():
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
    print("after block, expired:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("still alive")


asyncio.run(main())
