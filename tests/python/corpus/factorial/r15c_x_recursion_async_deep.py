# a recursive coroutine for 1200 levels: RecursionError caught in main
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def main():
    print(len(str(await factorial(300))))
    try:
        await factorial(1200)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
