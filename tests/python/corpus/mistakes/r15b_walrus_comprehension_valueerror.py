# Mistake: a walrus in a comprehension's filter converts text that is not a number.
lines = ["12", "7", "", "3"]

big = [n for line in lines if (n := int(line)) > 5]
print(big)
