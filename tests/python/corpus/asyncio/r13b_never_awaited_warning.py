import asyncio

async def greet(name):
    print("hello", name)

async def main():
    greet("world")
    await asyncio.sleep(0.01)
    print("main finished")

asyncio.run(main())
