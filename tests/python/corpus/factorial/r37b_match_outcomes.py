# Using match/case on tuples that each job returns: ("ok", n, value) or ("error", n, message).
import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    match n:
        case int() if n < 0:
            return ("error", n, "negative")
        case 0 | 1:
            return ("ok", n, 1)
        case int():
            r = 1
            for i in range(2, n + 1):
                r *= i
            return ("ok", n, r)
        case _:
            return ("error", n, f"not an int: {type(n).__name__}")


async def main():
    for outcome in await asyncio.gather(*map(job, [6, 0, -3, 2.0, "x", 10])):
        match outcome:
            case ("ok", n, v) if v > 1000:
                print(f"{n}! = {v:,} (big)")
            case ("ok", n, v):
                print(f"{n}! = {v}")
            case ("error", n, why):
                print(f"{n!r}: {why}")


asyncio.run(main())
