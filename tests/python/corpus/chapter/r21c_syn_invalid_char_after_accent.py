# An en dash after accented names on the same line.
import asyncio

async def main():
    durée = 3
    print(durée – 1)

asyncio.run(main())
