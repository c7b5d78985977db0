import asyncio

async def compute():
    return 42

value = asyncio.run(compute())
print("value:", value)
print(asyncio.run(asyncio.sleep(0.1, "slept")))
coro = compute()
asyncio.run(coro)
asyncio.run(coro)
