# A learner calls an async function from a sync helper with asyncio.run inside a running loop
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2

def helper(n):
    return asyncio.run(fetch(n))

print('from top level:', helper(1))

async def main():
    print('inside main:', await fetch(2))
    print(helper(3))

asyncio.run(main())
