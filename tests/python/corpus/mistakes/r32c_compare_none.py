# Comparing a function's None result with a number.
def best(scores):
    if scores:
        return max(scores)

for group in ([3, 9], []):
    if best(group) > 5:
        print("good group", group)
