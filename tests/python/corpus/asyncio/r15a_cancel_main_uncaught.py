# A task cancelled and awaited without a try: CancelledError ends asyncio.run
import asyncio

async def forever():
    while True:
        await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.15)
    t.cancel()
    print("cancelled the task, now awaiting it")
    await t

asyncio.run(main())
