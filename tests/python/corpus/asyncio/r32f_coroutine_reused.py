# Caching a coroutine object instead of its result: the second await fails
import asyncio

async def load_config():
    await asyncio.sleep(0.01)
    return {"debug": True}

_cache = {}

def get_config():
    if "cfg" not in _cache:
        _cache["cfg"] = load_config()
    return _cache["cfg"]

async def main():
    cfg = await get_config()
    print("first:", cfg)
    cfg = await get_config()
    print("second:", cfg)

asyncio.run(main())
