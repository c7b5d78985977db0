# a list comprehension over pairs, its target written without parentheses
pairs = [a, b for a in range(2) for b in "xy"]
