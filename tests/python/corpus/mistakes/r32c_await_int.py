# Awaiting a plain function's return value.
import asyncio

def compute(x):
    return x * 2

async def main():
    value = await compute(21)
    print(value)

asyncio.run(main())
