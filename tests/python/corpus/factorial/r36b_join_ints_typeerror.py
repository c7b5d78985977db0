# Collect the factorials with gather, then try to join them into one line of text.
import asyncio


async def fact(n: int) -> int:
    value = 1
    for i in range(n, 1, -1):
        value *= i
        await asyncio.sleep(0.01)
    return value


async def main() -> None:
    results = await asyncio.gather(*(fact(n) for n in (5, 7, 3, 6)))
    print("as repr:", results)
    print("as text:", ", ".join(str(r) for r in results))
    print("oops:", " | ".join(results))


asyncio.run(main())
