import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        for n in [5, 7, 3]:
            print(n, loop.run_until_complete(factorial(n)))
        print('running?', loop.is_running())
    finally:
        loop.close()
    print('Main - Done')

main()
