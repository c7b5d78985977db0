import asyncio


async def save(x):
    await asyncio.sleep(0)
    return x


async def main():
    save(1)
    print("forgot to await save(1)")
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
