# Comparing a forgotten await with a number: '>' between coroutine and int
import asyncio

async def count_messages():
    await asyncio.sleep(0.01)
    return 7

async def main():
    if count_messages() > 3:
        print("you have many messages")

asyncio.run(main())
