import asyncio

async def inner():
    return "inner"

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main"

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(main()))
asyncio.run(None)
