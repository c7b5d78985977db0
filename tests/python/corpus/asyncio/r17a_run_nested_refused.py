# asyncio.run inside a running loop is refused; the coroutine is never awaited
import asyncio

async def inner():
    return 1

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print('RuntimeError:', e)
    return await inner()

print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
