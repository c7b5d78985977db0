# returned label and result with an f-string and missed a closing brace
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.01)
    result = random.randint(1, 10)
    return f'{label}{result'

async def main():
    print(await worker('A'))

asyncio.run(main())
