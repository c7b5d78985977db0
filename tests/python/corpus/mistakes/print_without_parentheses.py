# Mistake: Python 2's print statement.
import asyncio

async def main():
    print 'Main - Starting'

asyncio.run(main())
