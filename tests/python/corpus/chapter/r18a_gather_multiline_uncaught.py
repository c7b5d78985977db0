# 34.6.1 with the gather call spread over several lines and a worker that fails
import asyncio

async def worker(label, data):
    await asyncio.sleep(0.01)
    return label + ':' + str(data['value'] * 2)

async def do_something():
    results = await asyncio.gather(
        worker('A', {'value': 1}),
        worker('B', {'val': 2}),
        worker('C', {'value': 3}),
    )
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(
        do_something()
    )
    print('Main - Done')

if __name__ == '__main__':
    main()
