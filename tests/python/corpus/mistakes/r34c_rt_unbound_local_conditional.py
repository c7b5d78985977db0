# A variable only assigned in one branch of an if
def classify(n):
    if n > 0:
        label = "positive"
    elif n < 0:
        label = "negative"
    return label

print(classify(3))
print(classify(0))
