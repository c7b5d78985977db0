# Exercise (chapter 34.8): calculate a set of factorials concurrently.
# Write the two async functions below, then press Run, and Check to see
# what holds. main() is the chapter's: leave it as it is.

import asyncio


async def factorial(number):
    # Return number! (the product 1 x 2 x ... x number; 0! is 1).
    # Compute it with a loop, and each time round the loop wait 0.1 s
    # with: await asyncio.sleep(0.1)
    pass


async def calculate_factorials(numbers):
    # Calculate the factorial of every number in the list at the same time,
    # collecting the results with asyncio.gather() or asyncio.as_completed(),
    # and print them.
    pass


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
