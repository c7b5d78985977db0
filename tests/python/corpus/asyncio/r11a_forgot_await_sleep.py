import asyncio


async def greet(name):
    asyncio.sleep(0.01)
    print(f"hello {name}")


async def main():
    await greet("world")
    await greet("again")


asyncio.run(main())
