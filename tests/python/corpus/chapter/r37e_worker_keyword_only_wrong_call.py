# made delay keyword-only, then called worker positionally by habit
import asyncio

async def worker(label, *, delay=0.05):
    await asyncio.sleep(delay)
    return f'{label}:{delay}'

async def do_something():
    print(await worker('A'))
    print(await worker('B', delay=0.01))
    results = await asyncio.gather(worker('C', delay=0.02), worker('D', 0.03))
    print(results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
