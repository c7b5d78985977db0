# A progress line built with print(end=..., flush=True).
import asyncio

async def factorial(n):
    result = 1
    print(f"{n}:", end="")
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        print(".", end="", flush=True)
    print(f" {result}")
    return result

async def main():
    for n in [3, 5]:
        await factorial(n)
    print(*[1, 2, 6], sep=" -> ", end=" (done)\n")

asyncio.run(main())
