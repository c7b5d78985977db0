import asyncio

async def setup():
    print("setting up")
    return 1

result = await setup()
print(result)
