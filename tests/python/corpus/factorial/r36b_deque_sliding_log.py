# Keep only the last few progress messages in a deque(maxlen=4) while factorials run.
import asyncio
from collections import deque

recent = deque(maxlen=4)


async def factorial(name, n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        recent.append(f"{name}:{i}")
        await asyncio.sleep(0.1 if name == 'B' else 0)
    return acc


async def main():
    a, b = await asyncio.gather(factorial("A", 5), factorial("B", 4))
    print(a, b)
    print(recent)
    print(list(recent), recent.maxlen)
    recent.rotate(1)
    print(recent.popleft(), len(recent))


asyncio.run(main())
