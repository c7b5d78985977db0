import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def main():
    numbers = [5, 7, 3, 6]
    finished = []
    for rank, coro in enumerate(asyncio.as_completed(map(factorial, numbers)), start=1):
        n, result = await coro
        finished.append(n)
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank, "th")
        print(f"{rank}{suffix} to finish: {n}! = {result}")
    print("completion order:", finished)
    print("input order:     ", numbers)
    print("gather order:    ", [n for n, _ in await asyncio.gather(*map(factorial, numbers))])
    print("same?", finished == sorted(numbers))

asyncio.run(main())
