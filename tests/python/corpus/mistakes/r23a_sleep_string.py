import asyncio

async def main():
    delay = "0.1"
    print("sleeping", delay)
    await asyncio.sleep(delay)
    print("woke up")

asyncio.run(main())
