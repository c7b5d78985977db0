# each factorial records its finishing order in a shared list, then sorted two ways
import asyncio

finished = []

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    finished.append(n)
    return n, f

async def main():
    pairs = await asyncio.gather(*(factorial(n) for n in [4, 1, 6, 2]))
    print("gather order:  ", [n for n, _ in pairs])
    print("finish order:  ", finished)
    print("by value desc: ", sorted(pairs, key=lambda p: p[1], reverse=True))
    print("finished first had the smallest n:", finished[0] == min(n for n, _ in pairs))

asyncio.run(main())
