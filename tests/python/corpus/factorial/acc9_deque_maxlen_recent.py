# A deque with maxlen keeps the last few results; appendleft, rotate and extend.
import asyncio
from collections import deque

recent = deque(maxlen=3)

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    recent.append((n, r))
    print(f"{n}! done, recent={list(recent)}")
    return r

async def main():
    await asyncio.gather(*(factorial(n) for n in [2, 6, 4, 5, 3]))
    print(recent, recent.maxlen)
    recent.appendleft((0, 1))
    print(recent)
    recent.rotate(1)
    print(recent)
    recent.extend([(9, 1), (8, 2)])
    print(recent, len(recent))
    d = deque(range(5))
    d.rotate(-2)
    print(d, d.popleft(), d.pop(), d.index(4), d.count(3))
    d.extendleft("ab")
    print(d, d[1], d[-1])
    d.clear()
    try:
        d.pop()
    except IndexError as e:
        print("IndexError:", e)

asyncio.run(main())
