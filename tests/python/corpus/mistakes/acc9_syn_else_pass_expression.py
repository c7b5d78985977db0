# pass after else in a conditional expression.
import asyncio

ready = True
value = 1 if ready else pass
print(value)
