import asyncio

async def factorial(n):
    total = 1
    i = n
    while i > 1:
        total = total * i
        i -= 1
        await asyncio.sleep(0.1)
    return total

async def calculate_factorials(nums):
    tasks = []
    for n in nums:
        tasks.append(asyncio.create_task(factorial(n)))
    for n, t in zip(nums, tasks):
        value = await t
        print("%d! = %d" % (n, value))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
