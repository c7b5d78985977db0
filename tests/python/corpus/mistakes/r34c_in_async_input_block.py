# Asking for input inside a coroutine while a ticker task runs
import asyncio

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.05)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    name = input("name? ")
    print("hello", name)
    await t
    n = int(input("number? "))
    print(n * 2)

asyncio.run(main())
