import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    loop = asyncio.get_running_loop()
    print("loop running:", loop.is_running())
    try:
        value = loop.run_until_complete(factorial(3))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await factorial(3)

print(asyncio.run(main()))
