# Sorting a long mixed list fails; what does the list look like afterwards?
import random
random.seed(12)
data = random.sample(range(100), 40)
data[27] = "n/a"
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print(data)
