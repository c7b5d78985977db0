# .result() on an un-awaited sleep.
import asyncio

async def main():
    value = asyncio.sleep(0.1, result=5).result()
    print(value)

asyncio.run(main())
