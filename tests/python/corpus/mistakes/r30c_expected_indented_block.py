# An if with nothing indented under it.
import asyncio

async def main():
    ready = True
    if ready:
    print("go")
    await asyncio.sleep(0)

asyncio.run(main())
