# Mistake: calling the async main inside main() guard without asyncio.run; nothing happens.
import asyncio

async def calculate_factorials(numbers):
    print('calculating', numbers)
    await asyncio.sleep(0.1)

def main():
    print('Main - Starting')
    calculate_factorials([5, 7, 3, 6])
    print('Main - Done')

if __name__ == '__main__':
    main()
