import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    try:
        await asyncio.gather(worker(), asyncio.sleep(1))
    finally:
        print("main's finally runs")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
