# asyncio.sleep can return a value.
import asyncio

async def main():
    v = await asyncio.sleep(0.01, result='woke up')
    print(v)
    values = await asyncio.gather(*(asyncio.sleep(0.01 * i, result=i) for i in range(4)))
    print(values)

asyncio.run(main())
