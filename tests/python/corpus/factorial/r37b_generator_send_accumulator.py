# A classic generator-coroutine keeps the running product; async tasks send numbers into it.
import asyncio


def multiplier():
    product = 1
    while True:
        n = yield product
        if n is None:
            return product
        product *= n


async def feed(gen, n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        value = gen.send(i)
    return value


async def main():
    gen = multiplier()
    print("primed:", next(gen))
    print("6! =", await feed(gen, 6))
    try:
        gen.send(None)
    except StopIteration as stop:
        print("final:", stop.value)
    print(gen.send(2))


asyncio.run(main())
