import asyncio

async def is_ready(name):
    await asyncio.sleep(0.01)
    return name == "db"

async def main():
    for name in ["db", "cache"]:
        if is_ready(name):
            print(name, "is ready")
        else:
            print(name, "is not ready")

asyncio.run(main())
