import asyncio

async def greet(name):
    await asyncio.sleep(0.01)
    print(f"hello {name}")

greet("world")
print("done")
