import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    small = asyncio.gather(*(factorial(n) for n in range(1, 4)))
    large = asyncio.gather(*(factorial(n) for n in range(8, 11)))
    both = await asyncio.gather(small, large)
    print('small:', both[0])
    print('large:', both[1])
    flat = [x for group in both for x in group]
    print(len(flat), sum(flat))

asyncio.run(main())
