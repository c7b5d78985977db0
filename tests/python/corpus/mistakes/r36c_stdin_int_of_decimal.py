# asking how many workers to start; the user types a decimal number
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    count = int(input("How many workers? "))
    print(await asyncio.gather(*(worker(i) for i in range(count))))

asyncio.run(main())
