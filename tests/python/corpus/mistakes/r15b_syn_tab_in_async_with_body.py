# Mistake: a tab-indented line among space-indented lines inside an async with body.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("locked")
	print("still locked")
    print("released")

asyncio.run(main())
