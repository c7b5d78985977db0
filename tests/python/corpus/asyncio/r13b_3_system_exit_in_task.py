import asyncio

async def checker():
    await asyncio.sleep(0.01)
    print("fatal condition, exiting")
    raise SystemExit(4)

async def main():
    asyncio.create_task(checker())
    await asyncio.sleep(1)
    print("never printed")

asyncio.run(main())
