# asyncio debug mode shows where a never-awaited coroutine was created
import asyncio

async def save(item):
    await asyncio.sleep(0)
    print("saved", item)

async def main():
    save("forgotten")
    await save("kept")

asyncio.run(main(), debug=True)
