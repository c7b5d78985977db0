import asyncio

async def main():
    settings = {"retries": 3}
    cfg = await settings
    print(cfg["retries"])

asyncio.run(main())
