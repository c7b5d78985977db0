# named my result variable asyncio by accident
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    global asyncio
    asyncio = 'results'
    print(asyncio.run(worker()))

main()
