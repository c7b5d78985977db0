# Student uses time.sleep instead of asyncio.sleep; harness detects sequential running.
import asyncio, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        time.sleep(0.02)
        result *= i
    return result

async def calculate_factorials(numbers):
    return await asyncio.gather(*(factorial(n) for n in numbers))

def check():
    nums = [5, 7, 3, 6]
    t0 = time.monotonic()
    res = asyncio.run(calculate_factorials(nums))
    dt = time.monotonic() - t0
    steps = sum(nums)
    expected_sequential = steps * 0.02
    print('results:', res)
    assert res == [120, 5040, 6, 720]
    if dt >= expected_sequential * 0.9:
        print('FAIL: factorials ran one after another (blocking sleep?)')
        return 0
    print('PASS: concurrent')
    return 1

score = check()
print(f'score: {score}/1')
