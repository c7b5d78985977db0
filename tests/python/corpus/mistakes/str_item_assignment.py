# Mistake: changing a character of a string in place.
import asyncio

word = 'factorial'
print(word[0])
word[0] = 'F'
