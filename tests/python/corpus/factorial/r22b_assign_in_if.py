import asyncio

async def factorial(n):
    if n = 0:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1)

def main():
    print(asyncio.run(factorial(5)))

main()
