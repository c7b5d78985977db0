import asyncio


async def save(item):
    await asyncio.sleep(0)
    print("saved", item)


async def main():
    for item in ["a", "b"]:
        save(item)
    await asyncio.sleep(0.01)
    print("done")


asyncio.run(main(), debug=True)
