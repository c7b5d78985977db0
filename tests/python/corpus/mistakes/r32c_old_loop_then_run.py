# Mixing an explicit event loop with asyncio.run, then using the old loop again.
import asyncio

async def ping(n):
    await asyncio.sleep(0.01)
    return f"pong {n}"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(ping(1)))
print(asyncio.run(ping(2)))
print(loop.run_until_complete(ping(3)))
loop.close()
