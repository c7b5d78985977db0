import asyncio

async def main():
    for i in range(3):
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
