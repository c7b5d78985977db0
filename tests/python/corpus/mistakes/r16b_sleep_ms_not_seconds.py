# asyncio.sleep given milliseconds as a string by mistake
import asyncio

async def main():
    delay = "500"
    print("waiting", delay)
    await asyncio.sleep(delay)
    print("done")

asyncio.run(main())
