# A Stack Overflow fix for Windows pasted on Linux: the policy class does not exist here
import asyncio
import sys

print(sys.platform.startswith("win"))
print(type(asyncio.get_event_loop_policy()).__name__)
asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())

async def main():
    print("hello")

asyncio.run(main())
