# rounding prices typed by the user down to whole coins
import math

entries = [3.7, "4.2"]
for e in entries:
    print(math.floor(e))
