# A task cancelled and then awaited without try: CancelledError ends main
import asyncio

async def download():
    print("downloading")
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    t.cancel()
    await t
    print("never printed")

asyncio.run(main())
