import asyncio


async def is_alive(host):
    await asyncio.sleep(0)
    return host != "down"


async def main():
    hosts = ["up1", "down", "up2"]
    if any(await is_alive(h) for h in hosts):
        print("at least one host up")


asyncio.run(main())
