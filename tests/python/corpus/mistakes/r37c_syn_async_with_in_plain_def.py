# using an asyncio.Lock inside a helper I forgot to make async
import asyncio

lock = asyncio.Lock()
counter = 0

def bump():
    global counter
    async with lock:
        counter += 1

async def main():
    for _ in range(3):
        bump()
    print(counter)

asyncio.run(main())
