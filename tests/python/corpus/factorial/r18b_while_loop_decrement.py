import asyncio

async def factorial(number):
    original = number
    result = 1
    while number > 0:
        result = result * number
        number = number - 1
        await asyncio.sleep(0.1)
    print("factorial of", original, "is", result)
    return result

async def calculate_factorials(list_of_numbers):
    list_of_results = []
    for result in asyncio.as_completed([factorial(x) for x in list_of_numbers]):
        list_of_results.append(await result)
    print("Results in completion order:", list_of_results)
    print("Biggest:", max(list_of_results), "Smallest:", min(list_of_results))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
