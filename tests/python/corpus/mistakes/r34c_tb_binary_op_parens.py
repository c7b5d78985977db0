# Computing an average where one value came in as a string
def average(a, b, c):
    return (a + b + c) / 3

def weighted(scores):
    return average(scores[0], scores[1], scores[2]) * 1.5

print(weighted([80, 90, 70]))
print(weighted([80, "90", 70]))
