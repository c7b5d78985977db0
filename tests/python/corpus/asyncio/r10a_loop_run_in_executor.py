import asyncio, time

def blocking_sum(n):
    time.sleep(0.01)
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_sum, 100)
    print(r)
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking_sum, n) for n in (10, 20, 30)))
    print(rs)
    r2 = await asyncio.to_thread(blocking_sum, n=5)
    print(r2)
    try:
        await asyncio.to_thread(int, 'x')
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
