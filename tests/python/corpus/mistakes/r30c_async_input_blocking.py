# Calling input() inside a coroutine while a ticker task runs.
import asyncio

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    answer = input("your name? ")
    print("hello", answer)
    await t

asyncio.run(main())
