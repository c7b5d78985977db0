# A dict literal written with = instead of :.
import asyncio

async def main():
    delays = {"A" = 0.02, "B" = 0.01}
    for name, delay in delays.items():
        await asyncio.sleep(delay)
        print(name)

asyncio.run(main())
