# Converting the result of a division that produced infinity to an int
import math

best = math.inf
for score in []:
    best = min(best, score)
print("best:", best)
print("rounded:", int(best))
