# Awaiting the coroutine function itself instead of calling it
import asyncio

async def load_config():
    await asyncio.sleep(0.01)
    return {"debug": False}

async def main():
    config = await load_config
    print(config)

asyncio.run(main())
