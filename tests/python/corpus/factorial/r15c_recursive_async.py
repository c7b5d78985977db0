# a recursive coroutine that awaits itself with a sleep on each level
import asyncio

async def factorial(n, depth=0):
    print("  " * depth + f"factorial({n})")
    if n <= 1:
        return 1
    await asyncio.sleep(0.01)
    result = n * await factorial(n - 1, depth + 1)
    print("  " * depth + f"= {result}")
    return result

def main():
    print('Main - Starting')
    print(asyncio.run(factorial(4)))
    print('Main - Done')

if __name__ == '__main__':
    main()
