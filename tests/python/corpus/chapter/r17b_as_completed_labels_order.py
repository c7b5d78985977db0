# as_completed with different delays per label: results come back fastest first
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label}{int(delay * 10)}'

async def do_something():
    delays = {'A': 0.3, 'B': 0.1, 'C': 0.2}
    order = []
    for i, fut in enumerate(asyncio.as_completed([worker(k, v) for k, v in delays.items()]), 1):
        result = await fut
        order.append(result)
        print(f'{i}. do_something - result: {result}')
    print('order:', ' -> '.join(order))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
