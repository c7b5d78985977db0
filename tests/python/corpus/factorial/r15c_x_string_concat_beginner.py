# a beginner's output built with + and str(), and a list of results appended to
import asyncio

results = []

async def factorial(number):
    answer = 1
    counter = 1
    while counter <= number:
        answer = answer * counter
        counter = counter + 1
        await asyncio.sleep(0.1)
    results.append(answer)
    print("The factorial of " + str(number) + " is " + str(answer))

async def calculate_factorials(numbers):
    await asyncio.gather(factorial(numbers[0]), factorial(numbers[1]), factorial(numbers[2]))

asyncio.run(calculate_factorials([3, 5, 1]))
print("Results in the order they finished: " + str(results))
print("Total: " + str(sum(results)))
print("The factorial of " + 5 + " is 120")
