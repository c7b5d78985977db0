import asyncio
async def main():
    results = [await asyncio.sleep(0, result=i) for i in range(3)]
    print(results)
    x = (await asyncio.sleep(0, result=9)
    print(x)
asyncio.run(main())
