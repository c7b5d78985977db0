# An unclosed call on a line with emoji.
import asyncio

async def main():
    x = 1
    print('🚀 launch', 'go' x)

asyncio.run(main())
