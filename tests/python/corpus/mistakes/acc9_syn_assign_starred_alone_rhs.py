# A starred expression alone on the right of =.
import asyncio

values = [1, 2]
copy = *values
print(copy)
