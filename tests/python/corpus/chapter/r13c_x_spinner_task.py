import asyncio

async def spinner(label):
    frames = '|/-\\'
    i = 0
    try:
        while True:
            i += 1
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f'\r{label} {frames[0]} done, at least 2 frames: {i >= 2}')

async def slow_work():
    await asyncio.sleep(0.35)
    return 42

async def do_something():
    spin = asyncio.create_task(spinner('working'))
    result = await slow_work()
    spin.cancel()
    await asyncio.sleep(0)
    print('result:', result, 'spinner cancelled:', spin.cancelled())

asyncio.run(do_something())
