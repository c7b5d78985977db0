# Classify each factorial by size with an IntEnum and match on it.
import asyncio
import enum


class Size(enum.IntEnum):
    SMALL = 1
    MEDIUM = 6
    HUGE = 20


def classify(value):
    digits = len(str(value))
    for size in reversed(Size):
        if digits >= size:
            return size
    return None


async def factorial(n):
    await asyncio.sleep(0.005 * n)
    p = 1
    for i in range(2, n + 1):
        p *= i
    return p


async def main():
    for n in (3, 9, 25, 14):
        size = classify(await factorial(n))
        match size:
            case Size.HUGE:
                label = "huge!"
            case Size.MEDIUM | Size.SMALL:
                label = f"{size.name.lower()} ({size.value}+ digits)"
        print(n, size, repr(size), label, size > 5)


asyncio.run(main())
