import asyncio


async def heartbeat():
    await asyncio.sleep(0.01)
    return "beat"


async def main():
    print(await asyncio.wait_for(heartbeat(), 1))
    print(await asyncio.wait_for(heartbeat, 1))


asyncio.run(main())
