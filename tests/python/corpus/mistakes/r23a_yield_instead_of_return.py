import asyncio

async def get_config():
    await asyncio.sleep(0)
    yield {"debug": True}

async def main():
    config = get_config()
    print("debug mode:", config["debug"])

asyncio.run(main())
