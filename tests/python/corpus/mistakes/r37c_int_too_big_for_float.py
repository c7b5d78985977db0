# computing a huge factorial and then its square root
import math

f = math.factorial(200)
print(len(str(f)), "digits")
print(math.sqrt(f))
