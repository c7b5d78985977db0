import asyncio


async def ping(port):
    await asyncio.sleep(0)
    if port % 5 != 0:
        raise OSError(f"port {port} closed")
    return port


async def main():
    async with asyncio.TaskGroup() as tg:
        for port in range(8000, 8021):
            tg.create_task(ping(port))


asyncio.run(main())
