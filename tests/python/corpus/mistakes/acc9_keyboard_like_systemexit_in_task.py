# raise SystemExit with a message inside a coroutine.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    raise SystemExit("stopping: config missing")

asyncio.run(main())
