# Calling gather from plain code before any loop is running
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

def main():
    results = asyncio.gather(job(1), job(2))
    print(asyncio.run(results))

main()
