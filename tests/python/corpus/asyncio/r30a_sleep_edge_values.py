# asyncio.sleep with zero, a negative delay, a result, and a wrong type
import asyncio

async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(-5, result="negative is fine"))
    print(await asyncio.sleep(0.001, result=[1, 2]))
    try:
        await asyncio.sleep("0.1")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(None)

asyncio.run(main())
