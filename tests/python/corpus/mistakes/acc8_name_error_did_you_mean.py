# A misspelt local and then a misspelt global, with suggestions.
import asyncio

async def factorial(number):
    result = 1
    for i in range(1, numbr + 1):
        result *= i
    return result

try:
    asyncio.run(factorial(4))
except NameError as e:
    print("caught:", e)

def show():
    print(factorail(3))

show()
