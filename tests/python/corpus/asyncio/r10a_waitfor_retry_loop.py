import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    delay = 0.1 if attempts < 3 else 0.01
    await asyncio.sleep(delay)
    return f'ok after {attempts}'

async def main():
    for i in range(5):
        try:
            r = await asyncio.wait_for(flaky(), timeout=0.05)
            print('attempt', i + 1, r)
            break
        except asyncio.TimeoutError:
            print('attempt', i + 1, 'timed out')

asyncio.run(main())
