# awaiting the result of a finished task to get its value
import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    t = asyncio.create_task(square(7))
    await asyncio.sleep(0.05)
    print("done?", t.done())
    value = await t.result()
    print(value)

asyncio.run(main())
