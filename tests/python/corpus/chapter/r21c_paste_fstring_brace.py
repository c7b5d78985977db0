# An f-string with an unclosed brace.
import asyncio

async def main():
    r = await asyncio.sleep(0.1, result=3)
    print(f'result is {r')

asyncio.run(main())
