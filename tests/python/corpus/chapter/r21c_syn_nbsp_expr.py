# A non-breaking space pasted between two names in an expression.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print('ok')

asyncio.run(main())
