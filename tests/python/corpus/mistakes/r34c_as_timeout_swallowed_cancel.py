# Catching CancelledError inside an asyncio.timeout block hides the timeout
import asyncio

async def main():
    async with asyncio.timeout(0.05):
        try:
            await asyncio.sleep(1)
            print("slept a full second")
        except asyncio.CancelledError:
            print("cancelled, but I keep going")
    print("after the timeout block")

asyncio.run(main())
