# The get_event_loop/run_until_complete style, then run_until_complete twice on one coroutine.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    return "ok"

loop = asyncio.new_event_loop()
coro = main()
print(loop.run_until_complete(coro))
print(loop.run_until_complete(coro))
