# Running the same coroutine object on a loop twice
import asyncio

async def ping():
    await asyncio.sleep(0.01)
    return "pong"

loop = asyncio.new_event_loop()
coro = ping()
print(loop.run_until_complete(coro))
print(loop.run_until_complete(coro))
loop.close()
