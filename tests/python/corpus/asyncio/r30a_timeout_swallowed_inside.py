# Swallowing the CancelledError inside asyncio.timeout means no TimeoutError comes out
import asyncio

async def main():
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancel")
    print("after block; expired =", cm.expired())
    print("cancelling =", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.05):
        await asyncio.sleep(0.01)
        raise ValueError("error inside timeout")

asyncio.run(main())
