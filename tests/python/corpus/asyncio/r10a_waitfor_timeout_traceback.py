import asyncio

async def never():
    await asyncio.sleep(3600)

async def main():
    await asyncio.wait_for(never(), timeout=0.01)

asyncio.run(main())
