# Mistake: a variable named list hides the builtin.
import asyncio

list = [5, 7, 3]
print(sorted(list))
letters = list('abc')
