# Breaking out of async for without aclosing: when does the generator's finally run?
import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers: finally")

async def main():
    async for n in numbers():
        print("got", n)
        if n == 1:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
