import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    data = {'a': 1}
    return data['b' if i == 2 else 'a']

async def main():
    print(await asyncio.gather(*(fetch(i) for i in range(4))))

asyncio.run(main())
