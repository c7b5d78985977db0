# A module's name capitalised.
import Asyncio

async def main():
    print("hi")

Asyncio.run(main())
