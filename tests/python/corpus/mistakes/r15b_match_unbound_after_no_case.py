# Mistake: a variable set only in some cases of a match, used after it when no case matched.
def speed_of(gear):
    match gear:
        case "low":
            speed = 10
        case "high":
            speed = 50
    return f"{gear}: {speed} km/h"

for g in ["low", "high", "reverse"]:
    print(speed_of(g))
