# A syntax error after accented text on the same line.
import asyncio

async def main():
    print('café au lait', 'naïve' 'crème' brûlée)

asyncio.run(main())
