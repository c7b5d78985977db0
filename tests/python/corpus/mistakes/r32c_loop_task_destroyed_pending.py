# Old-style loop: a background task is still pending when the loop is closed.
import asyncio

async def heartbeat():
    while True:
        print("beat")
        await asyncio.sleep(0.3)

async def work():
    await asyncio.sleep(0.01)
    return "work done"

loop = asyncio.new_event_loop()
beat = loop.create_task(heartbeat())
print(loop.run_until_complete(work()))
loop.close()
print("loop closed")
