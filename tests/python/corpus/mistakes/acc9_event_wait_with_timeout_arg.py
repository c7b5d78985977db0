# Event.wait given a timeout argument.
import asyncio

async def main():
    ev = asyncio.Event()
    await ev.wait(1)

asyncio.run(main())
