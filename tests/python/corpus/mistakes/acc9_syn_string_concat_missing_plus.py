# A variable between strings without + or commas.
import asyncio

name = "Ann"
greeting = "Hello " name "!"
print(greeting)
