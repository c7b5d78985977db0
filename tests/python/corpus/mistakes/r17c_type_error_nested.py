# A TypeError three calls deep, under a task: str + int in a message
def label(n, value):
    return 'factorial of ' + n + ' is ' + str(value)


def report(results):
    for n, v in results.items():
        print(label(n, v))


import asyncio


async def main():
    results = {3: 6, 4: 24}
    await asyncio.sleep(0.1)
    report(results)


asyncio.run(main())
