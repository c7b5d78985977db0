# A while loop that counts down; a negative input would loop forever, so I added a step limit.
import asyncio


async def factorial(n, max_steps=50):
    result, steps = 1, 0
    while n != 0:
        result *= n
        n -= 1
        steps += 1
        await asyncio.sleep(0.001)
        if steps >= max_steps:
            raise RuntimeError(f"gave up after {steps} steps (result so far has {len(str(abs(result)))} digits)")
    return result


async def main():
    for n in (5, 0, -3):
        try:
            print(f"{n}! = {await factorial(n)}")
        except RuntimeError as e:
            print(f"{n}!: {e}")
    print(await factorial(60, max_steps=60))


asyncio.run(main())
