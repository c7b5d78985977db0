import asyncio

def numbers():
    for i in range(3):
        yield i

async def main():
    nums = await numbers()
    print(nums)

asyncio.run(main())
