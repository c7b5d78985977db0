import asyncio

async def status():
    await asyncio.sleep(0)
    return "ok"

async def main():
    if status() == "ok":
        print("service healthy")
    else:
        print("service DOWN")

asyncio.run(main())
