# Curly quotes pasted from a book.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print(“Hello, asyncio!”)

asyncio.run(main())
