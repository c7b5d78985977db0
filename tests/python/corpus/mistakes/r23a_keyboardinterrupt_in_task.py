import asyncio

async def long_job():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    try:
        await asyncio.create_task(long_job())
    except Exception:
        print("caught an error")
    print("unreachable?")

asyncio.run(main())
