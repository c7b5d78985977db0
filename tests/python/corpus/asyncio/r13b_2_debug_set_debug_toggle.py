import asyncio

async def job():
    await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    job()
    loop.set_debug(True)
    await asyncio.sleep(0)
    job()
    loop.set_debug(False)
    await asyncio.sleep(0)
    job()
    print("debug now:", loop.get_debug())

asyncio.run(main())
