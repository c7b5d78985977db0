# A traceback through three awaiting coroutines.
import asyncio

async def read_config():
    await asyncio.sleep(0.01)
    return {"retries": "3"}

async def connect(cfg):
    await asyncio.sleep(0.01)
    return cfg["retries"] + 1

async def start():
    cfg = await read_config()
    return await connect(cfg)

async def main():
    print("starting")
    print(await start())

asyncio.run(main())
