# A curly apostrophe inside an f-string expression.
import asyncio

async def main():
    d = {'k': 1}
    print(f"value: {d[’k’]}")

asyncio.run(main())
