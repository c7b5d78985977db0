# Mistake: Python 2's print statement inside a function body.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print 'Main - Done'

asyncio.run(main())
