# Calling wait_for without the timeout argument
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return 1

async def main():
    print(await asyncio.wait_for(job(), None))
    print(await asyncio.wait_for(job()))

asyncio.run(main())
