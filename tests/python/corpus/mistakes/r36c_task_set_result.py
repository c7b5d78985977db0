# finishing a task early by setting its result myself
import asyncio

async def long_job():
    await asyncio.sleep(0.1)
    return "real"

async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.01)
    t.set_result("early")
    print(await t)

asyncio.run(main())
