import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    result = await asyncio.wait_for(job())
    print(result)

asyncio.run(main())
