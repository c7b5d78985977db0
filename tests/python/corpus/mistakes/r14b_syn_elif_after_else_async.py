# Mistake: an elif placed after the else in a worker's checks.
import asyncio


async def classify(n):
    await asyncio.sleep(0)
    if n < 0:
        return 'negative'
    else:
        return 'positive'
    elif n == 0:
        return 'zero'


print(asyncio.run(classify(3)))
