# Mistake: main returns nothing, and its result is used as a number.
import asyncio

async def main():
    total = 0
    for n in (1, 2, 3):
        await asyncio.sleep(0.01)
        total += n
    print('total inside:', total)

result = asyncio.run(main())
print('result:', result)
print(result * 2)
