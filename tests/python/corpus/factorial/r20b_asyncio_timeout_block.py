# Harness uses asyncio.timeout() as a deadline for the student's sequential solution.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def student(nums):
    done = {}
    for n in nums:
        done[n] = await factorial(n)
        print('student finished', n)
    return done

async def harness():
    partial = None
    try:
        async with asyncio.timeout(0.85) as cm:
            partial = await student([5, 7, 3, 6])
    except TimeoutError:
        print('deadline hit; expired:', cm.expired())
    print('partial:', partial)
    async with asyncio.timeout(None) as cm2:
        print('no deadline:', cm2.when())
        print(await student([2]))

asyncio.run(harness())
