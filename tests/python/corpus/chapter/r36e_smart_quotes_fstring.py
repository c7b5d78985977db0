# copied the worker's print from a PDF and the quotes came out curly
import asyncio

async def worker(label):
    print(f‘Worker {label} - will take some time’)
    await asyncio.sleep(0.1)
    return label

async def main():
    print(await worker('A'))

asyncio.run(main())
