import asyncio

async def main():
    return 0

status = asyncio.run(42)
print(status)
