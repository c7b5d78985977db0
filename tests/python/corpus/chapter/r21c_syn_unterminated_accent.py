# An unterminated string after accented text.
import asyncio

async def main():
    print('café', 'thé)

asyncio.run(main())
