# Mistake: a task created in a default argument, evaluated when def runs, outside any loop.
import asyncio

async def heartbeat():
    while True:
        await asyncio.sleep(0.01)

async def main(beat=asyncio.create_task(heartbeat())):
    await asyncio.sleep(0.03)
    beat.cancel()

asyncio.run(main())
