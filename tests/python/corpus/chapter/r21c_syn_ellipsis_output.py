# The book's output block pasted after the code, with a '...' line.
import asyncio

async def main():
    print('Main - Starting')

asyncio.run(main())
Main - Starting
...
