# Awaiting a plain value.
import asyncio

def get_number():
    return 5

async def main():
    n = await get_number()
    print(n)

asyncio.run(main())
