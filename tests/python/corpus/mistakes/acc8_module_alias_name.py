# asyncio imported as aio, then used by its full name.
import asyncio as aio

async def main():
    await aio.sleep(0)
    print("ok")

aio.run(main())
asyncio.run(main())
