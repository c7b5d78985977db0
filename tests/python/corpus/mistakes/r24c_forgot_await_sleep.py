import asyncio

async def countdown(n):
    while n > 0:
        print(n)
        asyncio.sleep(0.1)
        n -= 1
    print("liftoff!")

asyncio.run(countdown(3))
