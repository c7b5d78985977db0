import asyncio

async def greet():
    print("hello!")
    return 1

coro = greet()
print(asyncio.run(coro))
print(asyncio.run(coro))
