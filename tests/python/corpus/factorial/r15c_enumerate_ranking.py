# as_completed ranked with enumerate(start=1)
import asyncio

async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        value *= i
    return n, value

async def main():
    numbers = [5, 7, 3, 6]
    for place, coro in enumerate(asyncio.as_completed([factorial(n) for n in numbers]), start=1):
        n, value = await coro
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(place, "th")
        print(f"{place}{suffix}: {n}! = {value}")

asyncio.run(main())
