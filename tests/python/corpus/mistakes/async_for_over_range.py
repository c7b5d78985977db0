import asyncio
async def main():
    async for x in range(3):
        pass
async def g():
    return [await x async for x in y]
print(1)
