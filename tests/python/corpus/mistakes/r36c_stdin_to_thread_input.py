# reading input in a thread so the ticker keeps running; the input is empty
import asyncio

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.2)
        print("tick", i)

async def main():
    t = asyncio.create_task(ticker())
    name = await asyncio.to_thread(input, "name: ")
    print("hello", name)
    await t

asyncio.run(main())
