# asyncio.sleep(None) from a missing setting.
import asyncio

config = {}

async def main():
    await asyncio.sleep(config.get("delay"))
    print("slept")

asyncio.run(main())
