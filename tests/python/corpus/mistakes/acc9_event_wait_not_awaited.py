# event.wait() called without await.
import asyncio

async def main():
    ev = asyncio.Event()
    ev.set()
    ev.wait()
    print("waited?")

asyncio.run(main())
