# Cancelling a background task and awaiting it without a try
import asyncio

async def heartbeat():
    while True:
        print("beat")
        await asyncio.sleep(0.2)

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.3)
    hb.cancel()
    await hb
    print("stopped cleanly")

asyncio.run(main())
