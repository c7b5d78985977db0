import asyncio

async def greet(name):
    await asyncio.sleep(0)
    return "Hello, " + name

async def main():
    message = greet("Bob") + "!"
    print(message)

asyncio.run(main())
