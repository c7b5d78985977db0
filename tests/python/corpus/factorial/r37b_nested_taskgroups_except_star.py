# Nested TaskGroups: the inner group's failure becomes a nested ExceptionGroup caught with except*.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def batch(nums):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(factorial(n)) for n in nums]
    return [t.result() for t in tasks]


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(batch([3, 4]))
            outer.create_task(batch([5, -1]))
    except* ValueError as eg:
        print(repr(eg))
        print("leaves:", [e.args for e in eg.exceptions[0].exceptions])
        flat = eg.split(ValueError)[0]
        print(type(flat).__name__, flat.message)


asyncio.run(main())
