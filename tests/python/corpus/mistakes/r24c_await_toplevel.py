import asyncio

async def tick():
    await asyncio.sleep(0.01)
    print("tick")

await tick()
