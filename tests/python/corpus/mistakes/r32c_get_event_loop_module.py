# Old-style event loop code at module level.
import asyncio

async def main():
    await asyncio.sleep(0.01)
    return "ok"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
print(loop.run_until_complete(main()))
