import asyncio

async def main():
    results = []
    for i in range(3):
        results.apend(await asyncio.sleep(0, result=i))
    print(results)

asyncio.run(main())
