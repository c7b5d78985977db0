import asyncio

async def worker(data):
    await asyncio.sleep(0.01)
    try:
        return data['value'] / data['count']
    except KeyError:
        print('worker - missing key, using count')
        return data['value'] / data['count ']

async def do_something():
    print(await worker({'value': 10, 'count': 4}))
    print(await worker({'value': 10}))

asyncio.run(do_something())
