# An async generator left unfinished: asyncio.run finalises it, its finally runs
import asyncio

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("numbers: finally runs")
        await asyncio.sleep(0)
        print("numbers: cleanup awaited")

async def main():
    gen = numbers()
    print(await anext(gen), await anext(gen))
    print("main returns with the generator open")

asyncio.run(main())
print("after run")
